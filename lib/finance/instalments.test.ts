import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { annuityPayment, annuitySchedule, equalPrincipalSchedule, type InstalmentSchedule } from "./instalments";
import { dailyToAnnual, rate, type Rate } from "./rates";

const TWELVE_PERCENT = rate("annual", 120_000_000);

describe("annuity (等额本息), worked example", () => {
  // ¥120,000 over 12 months at 12% a year (1% a month): the textbook payment is ¥10,661.85.
  const schedule = annuitySchedule(12_000_000, TWELVE_PERCENT, 12);

  it("has the textbook monthly payment", () => {
    expect(annuityPayment(12_000_000, TWELVE_PERCENT, 12)).toBe(1_066_185);
  });

  it("bills interest on the remaining balance each month", () => {
    expect(schedule.rows[0]).toEqual({ period: 1, payment: 1_066_185, principal: 946_185, interest: 120_000, remaining: 11_053_815 });
    expect(schedule.rows[1]).toEqual({ period: 2, payment: 1_066_185, principal: 955_647, interest: 110_538, remaining: 10_098_168 });
    expect(schedule.rows.slice(0, 11).every((row) => row.payment === 1_066_185)).toBe(true);
  });

  it("clears the balance in the last row, which absorbs six fen of rounding", () => {
    expect(schedule.rows[11]).toEqual({ period: 12, payment: 1_066_191, principal: 1_055_635, interest: 10_556, remaining: 0 });
  });

  it("totals ¥7,942.26 interest (12 × 10,661.854… − 120,000 = 7,942.25 before rounding)", () => {
    expect(schedule.totalInterest).toBe(794_226);
    expect(schedule.totalPayment).toBe(12_794_226);
    expect(sum(schedule, "payment")).toBe(12_794_226);
  });
});

describe("equal principal (等额本金), worked example", () => {
  const schedule = equalPrincipalSchedule(12_000_000, TWELVE_PERCENT, 12);

  it("repays ¥10,000 principal a month with falling interest", () => {
    expect(schedule.rows[0]).toEqual({ period: 1, payment: 1_120_000, principal: 1_000_000, interest: 120_000, remaining: 11_000_000 });
    expect(schedule.rows[11]).toEqual({ period: 12, payment: 1_010_000, principal: 1_000_000, interest: 10_000, remaining: 0 });
  });

  it("totals P·r·(n+1)/2 = ¥7,800 interest, less than the annuity", () => {
    expect(schedule.totalInterest).toBe(780_000);
    expect(schedule.totalInterest).toBeLessThan(annuitySchedule(12_000_000, TWELVE_PERCENT, 12).totalInterest);
  });

  it("spreads an uneven principal to the minor unit", () => {
    const rows = equalPrincipalSchedule(100, rate("annual", 0), 3).rows;
    expect(rows.map((r) => r.principal)).toEqual([33, 34, 33]);
  });
});

describe("zero-rate plans", () => {
  it("split the principal with no interest", () => {
    const annuity = annuitySchedule(100_000, rate("daily", 0), 3);
    expect(annuity.rows.map((r) => r.payment)).toEqual([33_333, 33_333, 33_334]);
    expect(annuity.totalInterest).toBe(0);
    expect(equalPrincipalSchedule(100_000, rate("daily", 0), 3).totalPayment).toBe(100_000);
  });

  it("stop at zero when the rounded payment would overpay a tiny balance", () => {
    // 7 fen over 12 months rounds to 1 fen a month, so the balance is gone after seven.
    const rows = annuitySchedule(7, rate("annual", 0), 12).rows;
    expect(rows.map((r) => r.payment)).toEqual([1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0]);
    expect(rows.at(-1)?.remaining).toBe(0);
  });
});

describe("daily-rate debts", () => {
  it("schedule the same as their annual equivalent (0.05% a day = 18.25% a year)", () => {
    const daily = rate("daily", 500_000);
    expect(annuitySchedule(1_000_000, daily, 24)).toEqual(annuitySchedule(1_000_000, dailyToAnnual(daily), 24));
    expect(annuityPayment(1_000_000, daily, 24)).toBe(50_045); // ¥10,000 over two years: ¥500.44980…
  });
});

describe("argument checks", () => {
  it("refuses terms outside 1–600 months and bad principals", () => {
    expect(() => annuitySchedule(1000, TWELVE_PERCENT, 0)).toThrow(RangeError);
    expect(() => equalPrincipalSchedule(1000, TWELVE_PERCENT, 601)).toThrow(RangeError);
    expect(() => annuityPayment(-1, TWELVE_PERCENT, 12)).toThrow(RangeError);
    expect(() => annuityPayment(10.5, TWELVE_PERCENT, 12)).toThrow(RangeError);
  });
});

describe("schedule invariants", () => {
  const rateArb = fc.oneof(
    fc.record({ kind: fc.constant("annual" as const), ppb: fc.integer({ min: 0, max: 1_000_000_000 }) }),
    fc.record({ kind: fc.constant("daily" as const), ppb: fc.integer({ min: 0, max: 2_000_000 }) }),
  );
  const args = fc.tuple(
    fc.oneof(fc.integer({ min: 0, max: 10 ** 10 }), fc.integer({ min: 0, max: 500 })),
    rateArb,
    fc.integer({ min: 1, max: 360 }),
  );

  // Row checks collect failures rather than calling expect per row: 360 rows × 1000 runs of
  // expect() is slow enough to time the test out.
  function checkSchedule(schedule: InstalmentSchedule, principal: number, months: number): void {
    const { rows } = schedule;
    expect(rows.length).toBe(months);
    expect(sum(schedule, "principal")).toBe(principal);
    expect(sum(schedule, "interest")).toBe(schedule.totalInterest);
    expect(sum(schedule, "payment")).toBe(schedule.totalPayment);
    expect(schedule.totalPayment).toBe(principal + schedule.totalInterest);
    expect(rows.at(-1)?.remaining).toBe(0);
    const problems: string[] = [];
    let before = principal;
    rows.forEach((row, i) => {
      if (row.period !== i + 1) problems.push(`row ${i} has period ${row.period}`);
      if (Math.min(row.payment, row.principal, row.interest, row.remaining) < 0) problems.push(`row ${i} negative`);
      if (row.payment !== row.principal + row.interest) problems.push(`row ${i} payment ≠ principal + interest`);
      if (row.remaining !== before - row.principal) problems.push(`row ${i} remaining does not follow`);
      before = row.remaining;
    });
    expect(problems).toEqual([]);
  }

  it("annuity rows repay the principal exactly and never go negative", () => {
    fc.assert(
      fc.property(args, ([principal, r, months]) => {
        const schedule = annuitySchedule(principal, r as Rate, months);
        checkSchedule(schedule, principal, months);
        const payment = annuityPayment(principal, r as Rate, months);
        // Every row but the last is the level payment unless rounding has already cleared the balance.
        const offLevel = schedule.rows.slice(0, -1).filter((row, i) => {
          const owedBefore = i === 0 ? principal : (schedule.rows[i - 1]?.remaining ?? 0);
          return owedBefore + row.interest > payment && row.payment !== payment;
        });
        expect(offLevel).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it("equal-principal rows repay the principal exactly, each within one unit of P/n", () => {
    fc.assert(
      fc.property(args, ([principal, r, months]) => {
        const schedule = equalPrincipalSchedule(principal, r as Rate, months);
        checkSchedule(schedule, principal, months);
        const uneven = schedule.rows.filter((row) => Math.abs(row.principal * months - principal) >= months);
        expect(uneven).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});

function sum(schedule: InstalmentSchedule, field: "payment" | "principal" | "interest"): number {
  return schedule.rows.reduce((total, row) => total + row[field], 0);
}
