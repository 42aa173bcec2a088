import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { proposedInstalment, requestProblems } from "./checks";
import type { LetterRequest } from "./types";

const TODAY = "2026-11-29";
const request = (r: Partial<LetterRequest>): LetterRequest => ({ type: "instalment_plan", months: null, pauseUntil: null, amount: null, ...r });

describe("a letter's request against the debt", () => {
  it("refuses a settlement above the balance, as the options page does, and accepts one up to it", () => {
    expect(requestProblems(request({ type: "settlement", amount: 300_001 }), { balance: 300_000 }, TODAY)).toEqual({
      amount: { key: "debtOptions.settlementAbove", values: { balance: 300_000 } },
    });
    expect(requestProblems(request({ type: "settlement", amount: 300_000 }), { balance: 300_000 }, TODAY)).toEqual({});
  });

  it("refuses instalments that would pay more than the balance", () => {
    expect(requestProblems(request({ months: 12, amount: 50_000 }), { balance: 300_000 }, TODAY)).toEqual({
      amount: { key: "letters.errors.planAboveBalance", values: { amount: 50_000, months: 12, total: 600_000, balance: 300_000 } },
    });
    expect(requestProblems(request({ amount: 300_100 }), { balance: 300_000 }, TODAY)).toEqual({ amount: { key: "letters.errors.amountAboveBalance", values: { balance: 300_000 } } });
    expect(requestProblems(request({ months: 12, amount: 25_000 }), { balance: 300_000 }, TODAY)).toEqual({});
  });

  it("wants a pause to end after today, and either a date or a number of months", () => {
    for (const until of ["2026-11-29", "2026-01-01"]) {
      expect(requestProblems(request({ type: "collection_pause", pauseUntil: until }), { balance: 1 }, TODAY)).toEqual({ until: { key: "letters.errors.untilPast" } });
    }
    expect(requestProblems(request({ type: "collection_pause", pauseUntil: "2026-11-30" }), { balance: 1 }, TODAY)).toEqual({});
    expect(requestProblems(request({ type: "collection_pause", pauseUntil: "2027-03-01", months: 3 }), { balance: 1 }, TODAY)).toEqual({ until: { key: "letters.errors.pauseBoth" } });
  });

  it("refuses a figure the chosen request would leave out of the letter", () => {
    expect(requestProblems(request({ type: "payment_extension", months: 3, amount: 10_000 }), { balance: 1 }, TODAY)).toEqual({ amount: { key: "letters.errors.notUsed" } });
    expect(requestProblems(request({ type: "interest_waiver", months: 12 }), { balance: 1 }, TODAY)).toEqual({ months: { key: "letters.errors.notUsed" } });
    expect(requestProblems(request({ type: "settlement", pauseUntil: "2027-01-01" }), { balance: 1 }, TODAY)).toEqual({ until: { key: "letters.errors.notUsed" } });
  });

  it("refuses figures no form could have produced (a direct call)", () => {
    expect(requestProblems(request({ months: 0, amount: -5 }), { balance: 1 }, TODAY)).toEqual({ months: { key: "plans.errors.months" }, amount: { key: "plans.errors.amountZero" } });
    expect(requestProblems(request({ type: "collection_pause", pauseUntil: "2026-02-30" }), { balance: 1 }, TODAY)).toEqual({ until: { key: "debts.errors.date" } });
  });
});

describe("the monthly amount proposed when none is typed", () => {
  it("caps the affordable offer at the plan's even split of the balance", () => {
    expect(proposedInstalment(300_000, 300_000, 12)).toBe(25_000);
    expect(proposedInstalment(10_000, 300_000, 12)).toBe(10_000);
    // ¥100.01 over 3 months: the plans code splits it 33.34 / 33.33 / 33.34; the letter promises 33.33 a month.
    expect(proposedInstalment(1_000_000, 10_001, 3)).toBe(3_333);
    expect(proposedInstalment(500_000, 300_000, null)).toBe(300_000);
    expect(proposedInstalment(100, 0, 12)).toBe(0);
  });

  it("never proposes more than the offer, nor instalments that add up to more than the balance", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 100_000_000 }), fc.integer({ min: 1, max: 600 }), (offer, balance, months) => {
        const monthly = proposedInstalment(offer, balance, months);
        expect(monthly).toBeGreaterThanOrEqual(0);
        expect(monthly).toBeLessThanOrEqual(offer);
        expect(monthly * months).toBeLessThanOrEqual(balance);
      }),
    );
  });
});
