import { assertNonNegativeInteger, assertSafeInteger, toSafeNumber } from "./rounding";

// Amounts are minor units of one currency; the caller keeps a distribution to one currency.

export type ProRataDebt = { id: string; balance: number; priority: boolean };
export type ProRataOffer = { id: string; amount: number };

export type SurplusDistribution =
  /** `unallocated` is surplus left once every non-priority debt would be paid in full. */
  | { kind: "pro_rata"; offers: ProRataOffer[]; priorityIds: string[]; unallocated: number }
  | { kind: "token"; offers: ProRataOffer[]; priorityIds: string[] }
  | { kind: "no_funds"; priorityIds: string[] };

export type DistributeSurplusInput = {
  available: number;
  debts: readonly ProRataDebt[];
  /** Offered to each creditor when nothing is available; default one currency unit. */
  tokenOffer?: number;
  /** What to propose when nothing is available: a token payment, or a "no funds" statement. */
  mode?: "token" | "no_funds";
};

export const DEFAULT_TOKEN_OFFER = 100;

/**
 * Splits the monthly surplus across non-priority debts in proportion to balance. Priority debts
 * (housing, utilities, tax, fines) are budgeted for before the surplus, so they take no share.
 * Largest-remainder rounding makes the offers add up to the surplus to the minor unit.
 */
export function distributeSurplus(input: DistributeSurplusInput): SurplusDistribution {
  const { available, debts, tokenOffer = DEFAULT_TOKEN_OFFER, mode = "token" } = input;
  assertSafeInteger(available, "available");
  assertNonNegativeInteger(tokenOffer, "tokenOffer");
  const ids = new Set<string>();
  for (const debt of debts) {
    assertNonNegativeInteger(debt.balance, `balance of ${debt.id}`);
    if (ids.has(debt.id)) throw new RangeError(`duplicate debt id ${debt.id}`);
    ids.add(debt.id);
  }
  const priorityIds = debts.filter((d) => d.priority).map((d) => d.id);
  const shared = debts.filter((d) => !d.priority);

  if (available <= 0) {
    if (mode === "no_funds") return { kind: "no_funds", priorityIds };
    // A creditor is never offered more than it is owed.
    const offers = shared.map((d) => ({ id: d.id, amount: Math.min(tokenOffer, d.balance) }));
    return { kind: "token", offers, priorityIds };
  }

  const total = shared.reduce((sum, d) => sum + BigInt(d.balance), 0n);
  const pool = BigInt(available);
  if (total <= pool) {
    const offers = shared.map((d) => ({ id: d.id, amount: d.balance }));
    return { kind: "pro_rata", offers, priorityIds, unallocated: toSafeNumber(pool - total) };
  }

  const shares = shared.map((d, index) => {
    const exact = pool * BigInt(d.balance);
    return { index, balance: d.balance, floor: exact / total, remainder: exact % total };
  });
  let leftover = pool - shares.reduce((sum, s) => sum + s.floor, 0n);
  // Ties go to the larger balance, then to input order, so the result never depends on sort luck.
  const byRemainder = [...shares].sort(
    (a, b) => compareBigDesc(a.remainder, b.remainder) || b.balance - a.balance || a.index - b.index,
  );
  const amounts = shares.map((s) => s.floor);
  for (const share of byRemainder) {
    if (leftover === 0n) break;
    amounts[share.index] = share.floor + 1n;
    leftover -= 1n;
  }
  const offers = shared.map((d, i) => ({ id: d.id, amount: toSafeNumber(amounts[i] ?? 0n) }));
  return { kind: "pro_rata", offers, priorityIds, unallocated: 0 };
}

function compareBigDesc(a: bigint, b: bigint): number {
  return a === b ? 0 : a > b ? -1 : 1;
}
