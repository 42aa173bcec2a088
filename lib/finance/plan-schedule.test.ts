import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addMonths, buildSchedule, scheduleProblem } from "./plan-schedule";

describe("schedule", () => {
  it("clamps month ends and splits a balance to the minor unit", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2026-11-15", 2)).toBe("2027-01-15");
    const rows = buildSchedule(1000, "2026-12-10", 3, null);
    expect(rows.map((r) => r.amountDue)).toEqual([333, 334, 333]);
    expect(rows.map((r) => r.dueDate)).toEqual(["2026-12-10", "2027-01-10", "2027-02-10"]);
    expect(buildSchedule(1000, "2026-12-10", 2, 700).map((r) => r.amountDue)).toEqual([700, 300]);
  });

  const amounts = (balance: number, months: number, amount: number) => buildSchedule(balance, "2026-01-10", months, amount).map((r) => r.amountDue);

  it("makes the last instalment the remainder when months × amount is within one instalment of the balance", () => {
    // Short by a cent: the last instalment takes it, and the plan adds up to the balance.
    expect(amounts(1_000_000, 3, 333_333)).toEqual([333_333, 333_333, 333_334]);
    // Over by less than an instalment: the last is trimmed.
    expect(amounts(5_230_000, 12, 450_000)).toEqual([...Array(11).fill(450_000), 280_000]);
    expect(amounts(1_000, 1, 600)).toEqual([1_000]);
    // Exactly the balance: unchanged.
    expect(amounts(1_200, 3, 400)).toEqual([400, 400, 400]);
    // Short by a whole instalment or more: the plan covers what was agreed, the rest stays owed.
    expect(amounts(5_230_000, 12, 100_000)).toEqual(Array(12).fill(100_000));
    expect(amounts(1_000, 2, 300)).toEqual([300, 300]);
    expect(amounts(1_000, 2, 400)).toEqual([400, 600]);
  });

  it("refuses an amount above the balance, a last instalment of zero or less, and an even split into zeros", () => {
    expect(scheduleProblem(5_230_000, 2, 99_999_999)).toEqual({ code: "amountAboveBalance", balance: 5_230_000 });
    expect(scheduleProblem(1_000, 3, 500)).toEqual({ code: "overshoot", balance: 1_000, months: 3, amount: 500, total: 1_500, fewest: 2 });
    expect(scheduleProblem(1_000, 5, 300)).toMatchObject({ code: "overshoot", fewest: 4 });
    expect(scheduleProblem(1_000, 4, 300)).toBeNull();
    expect(scheduleProblem(2, 3, null)).toEqual({ code: "balanceTooSmall" });
    expect(scheduleProblem(0, 1, 100)).toMatchObject({ code: "amountAboveBalance" });
    expect(scheduleProblem(3, 3, null)).toBeNull();
  });

  it("never comes to more than the balance, has no instalment of zero, and adds up when within an instalment", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 12 }), fc.integer({ min: 1, max: 600 }), fc.option(fc.integer({ min: 1, max: 10 ** 12 }), { nil: null }), (balance, months, amount) => {
        if (scheduleProblem(balance, months, amount)) return;
        const rows = buildSchedule(balance, "2026-01-31", months, amount).map((r) => r.amountDue);
        const total = rows.reduce((a, b) => a + b, 0);
        expect(rows).toHaveLength(months);
        expect(rows.every((v) => Number.isSafeInteger(v) && v > 0)).toBe(true);
        expect(total).toBeLessThanOrEqual(balance);
        if (amount === null || Math.abs(balance - months * amount) < amount) expect(total).toBe(balance);
        if (amount !== null) expect(rows.slice(0, -1).every((v) => v === amount)).toBe(true);
      }),
    );
  });
});
