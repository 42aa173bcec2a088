import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { distributeSurplus, surplusAfterPriority, type ProRataDebt, type SurplusDistribution } from "./pro-rata";

const debt = (id: string, balance: number, priority = false): ProRataDebt => ({ id, balance, priority });

function offersOf(result: SurplusDistribution): Record<string, number> {
  if (result.kind === "no_funds") throw new Error("expected offers");
  return Object.fromEntries(result.offers.map((o) => [o.id, o.amount]));
}

describe("distributeSurplus", () => {
  it("splits £100 by balance with largest remainders and leaves the priority debt out", () => {
    const result = distributeSurplus({
      available: 10000,
      debts: [debt("card", 50000), debt("loan", 100000), debt("catalogue", 23300), debt("overdraft", 20000), debt("council-tax", 30000, true)],
    });
    expect(result).toEqual({
      kind: "pro_rata",
      offers: [
        { id: "card", amount: 2587 },
        { id: "loan", amount: 5173 },
        { id: "catalogue", amount: 1205 },
        { id: "overdraft", amount: 1035 },
      ],
      priorityIds: ["council-tax"],
      unallocated: 0,
    });
  });

  it("gives a zero-balance debt nothing, even when there are remainders to hand out", () => {
    const result = distributeSurplus({ available: 100, debts: [debt("a", 500), debt("b", 500), debt("c", 500), debt("settled", 0)] });
    expect(offersOf(result)).toEqual({ a: 34, b: 33, c: 33, settled: 0 });
  });

  it("breaks equal remainders by larger balance, then by input order", () => {
    // Exact shares 1.5 and 1.5 with 1 unit left: equal balances fall back to input order.
    expect(offersOf(distributeSurplus({ available: 3, debts: [debt("x", 10), debt("y", 10)] }))).toEqual({ x: 2, y: 1 });
    expect(offersOf(distributeSurplus({ available: 3, debts: [debt("y", 10), debt("x", 10)] }))).toEqual({ y: 2, x: 1 });
  });

  it("never offers more than a debt's balance; the rest is reported unallocated", () => {
    const result = distributeSurplus({ available: 50000, debts: [debt("a", 1000), debt("b", 2500), debt("rent", 90000, true)] });
    expect(result).toEqual({
      kind: "pro_rata",
      offers: [
        { id: "a", amount: 1000 },
        { id: "b", amount: 2500 },
      ],
      priorityIds: ["rent"],
      unallocated: 46500,
    });
  });

  it("offers a token of one currency unit to each non-priority creditor when nothing is available", () => {
    const debts = [debt("a", 50000), debt("b", 40), debt("c", 0), debt("tax", 900, true)];
    expect(distributeSurplus({ available: 0, debts })).toEqual({
      kind: "token",
      offers: [
        { id: "a", amount: 100 },
        { id: "b", amount: 40 },
        { id: "c", amount: 0 },
      ],
      priorityIds: ["tax"],
    });
    expect(offersOf(distributeSurplus({ available: -2500, debts, tokenOffer: 500 }))).toEqual({ a: 500, b: 40, c: 0 });
  });

  it("states no funds instead when asked", () => {
    const result = distributeSurplus({ available: -1, debts: [debt("a", 100), debt("rent", 5, true)], mode: "no_funds" });
    expect(result).toEqual({ kind: "no_funds", priorityIds: ["rent"] });
  });

  it("leaves everything unallocated when only priority debts remain", () => {
    expect(distributeSurplus({ available: 700, debts: [debt("rent", 5000, true)] })).toEqual({
      kind: "pro_rata",
      offers: [],
      priorityIds: ["rent"],
      unallocated: 700,
    });
  });

  it("refuses duplicate ids and bad amounts", () => {
    expect(() => distributeSurplus({ available: 1, debts: [debt("a", 1), debt("a", 2)] })).toThrow(RangeError);
    expect(() => distributeSurplus({ available: 1, debts: [debt("a", -1)] })).toThrow(RangeError);
    expect(() => distributeSurplus({ available: 1.5, debts: [debt("a", 1)] })).toThrow(RangeError);
    expect(() => distributeSurplus({ available: 0, debts: [debt("a", 1)], tokenOffer: -100 })).toThrow(RangeError);
  });
});

describe("distributeSurplus properties", () => {
  const debtsArb = fc.uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 6 }),
      balance: fc.oneof(fc.integer({ min: 0, max: 10 ** 13 }), fc.integer({ min: 0, max: 1000 })),
      priority: fc.boolean(),
    }),
    { selector: (d) => d.id, minLength: 1, maxLength: 25 },
  );

  it("offers are never negative, sum exactly to the surplus, and are within one unit of the exact share", () => {
    fc.assert(
      fc.property(debtsArb, fc.integer({ min: 1, max: 10 ** 9 }), (debts, available) => {
        const result = distributeSurplus({ available, debts });
        if (result.kind !== "pro_rata") throw new Error("expected pro rata");
        const shared = debts.filter((d) => !d.priority);
        const total = shared.reduce((s, d) => s + BigInt(d.balance), 0n);
        expect(result.offers.map((o) => o.id)).toEqual(shared.map((d) => d.id));
        expect(result.priorityIds).toEqual(debts.filter((d) => d.priority).map((d) => d.id));
        const sum = result.offers.reduce((s, o) => s + BigInt(o.amount), 0n);
        expect(sum + BigInt(result.unallocated)).toBe(BigInt(available));
        result.offers.forEach((offer, i) => {
          const balance = shared[i]?.balance ?? 0;
          expect(offer.amount).toBeGreaterThanOrEqual(0);
          expect(offer.amount).toBeLessThanOrEqual(balance);
          if (total > BigInt(available)) {
            const gap = BigInt(offer.amount) * total - BigInt(available) * BigInt(balance);
            expect((gap < 0n ? -gap : gap) < total).toBe(true);
          }
        });
        if (total > BigInt(available)) expect(result.unallocated).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  it("a larger balance never gets a smaller offer", () => {
    fc.assert(
      fc.property(debtsArb, fc.integer({ min: 1, max: 10 ** 7 }), (debts, available) => {
        const result = distributeSurplus({ available, debts });
        const offers = offersOf(result);
        const shared = debts.filter((d) => !d.priority);
        for (const a of shared) {
          for (const b of shared) {
            if (a.balance > b.balance) expect(offers[a.id]).toBeGreaterThanOrEqual(offers[b.id] ?? Infinity);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("offers nothing negative when there is no surplus", () => {
    fc.assert(
      fc.property(debtsArb, fc.integer({ min: -(10 ** 9), max: 0 }), fc.nat(10 ** 6), (debts, available, tokenOffer) => {
        const offers = Object.values(offersOf(distributeSurplus({ available, debts, tokenOffer })));
        expect(offers.every((o) => o >= 0 && o <= tokenOffer)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("surplusAfterPriority", () => {
  it("keeps ¥800 of tax arrears back from a ¥2,000 surplus when the statement budgets nothing for them", () => {
    const cover = surplusAfterPriority({ surplus: 200_000, budgeted: 0, priorityPayments: [80_000] });
    expect(cover).toEqual({ needed: 80_000, budgeted: 0, shortfall: 80_000, available: 120_000 });
    // Jiebei ¥10,000 and Huabei ¥5,000 share ¥1,200, not the whole ¥2,000.
    const result = distributeSurplus({ available: cover.available, debts: [debt("jiebei", 1_000_000), debt("huabei", 500_000), debt("tax", 960_000, true)] });
    expect(offersOf(result)).toEqual({ jiebei: 80_000, huabei: 40_000 });
  });

  it("takes nothing off when the statement's priority-debt line already covers the payments", () => {
    expect(surplusAfterPriority({ surplus: 200_000, budgeted: 80_000, priorityPayments: [80_000] })).toEqual({ needed: 80_000, budgeted: 80_000, shortfall: 0, available: 200_000 });
    expect(surplusAfterPriority({ surplus: 200_000, budgeted: 90_000, priorityPayments: [30_000, 50_000] }).available).toBe(200_000);
    expect(surplusAfterPriority({ surplus: 200_000, budgeted: 0, priorityPayments: [] }).shortfall).toBe(0);
  });

  it("takes only the part that is not budgeted, and can leave nothing for the others", () => {
    expect(surplusAfterPriority({ surplus: 200_000, budgeted: 50_000, priorityPayments: [80_000] })).toMatchObject({ shortfall: 30_000, available: 170_000 });
    const short = surplusAfterPriority({ surplus: 50_000, budgeted: 0, priorityPayments: [80_000] });
    expect(short.available).toBe(-30_000);
    expect(distributeSurplus({ available: short.available, debts: [debt("jiebei", 1_000_000), debt("tax", 1, true)] }).kind).toBe("token");
  });

  it("refuses bad amounts", () => {
    expect(() => surplusAfterPriority({ surplus: 1.5, budgeted: 0, priorityPayments: [] })).toThrow(RangeError);
    expect(() => surplusAfterPriority({ surplus: 1, budgeted: -1, priorityPayments: [] })).toThrow(RangeError);
    expect(() => surplusAfterPriority({ surplus: 1, budgeted: 0, priorityPayments: [-5] })).toThrow(RangeError);
  });

  it("never fails on extreme sums: the figures saturate at the largest safe integer", () => {
    const huge = surplusAfterPriority({ surplus: -(2 ** 52), budgeted: 0, priorityPayments: Array.from({ length: 2_000 }, () => 10 ** 13) });
    expect(huge.needed).toBe(Number.MAX_SAFE_INTEGER);
    expect(huge.available).toBe(-Number.MAX_SAFE_INTEGER);
  });

  it("never offers the others more than the surplus less the unbudgeted priority payments", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(10 ** 12), max: 10 ** 12 }),
        fc.nat(10 ** 10),
        fc.array(fc.nat(10 ** 10), { maxLength: 10 }),
        (surplus, budgeted, priorityPayments) => {
          const cover = surplusAfterPriority({ surplus, budgeted, priorityPayments });
          const needed = priorityPayments.reduce((a, b) => a + b, 0);
          expect(cover.needed).toBe(needed);
          expect(cover.shortfall).toBe(Math.max(0, needed - budgeted));
          expect(cover.available).toBe(surplus - cover.shortfall);
          expect(cover.available).toBeLessThanOrEqual(surplus);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
