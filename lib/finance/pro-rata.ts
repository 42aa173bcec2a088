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
 * Splits `available` across non-priority debts in proportion to balance. Priority debts (housing,
 * utilities, tax, fines) take no share: they are paid first, so `available` is the surplus less
 * whatever of their payments the statement does not already budget for (see surplusAfterPriority).
 * Largest-remainder rounding makes the offers add up to `available` to the minor unit.
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

export type PriorityFirst = {
  /** What the open priority debts call for each month. */
  needed: number;
  /** What the statement sets aside for them (its priority-debt payment lines). */
  budgeted: number;
  /** Needed beyond what is budgeted: kept back from the surplus before anyone else is offered a share. */
  shortfall: number;
  /** The surplus left for the non-priority creditors; negative when the priority debts need more than the surplus. */
  available: number;
};

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

// Only reached by sums no household has (hundreds of debts of ¥100 billion each); a page that
// shows a saturated figure is better than one that fails.
function saturate(value: bigint): number {
  return Number(value > MAX_SAFE ? MAX_SAFE : value < -MAX_SAFE ? -MAX_SAFE : value);
}

/**
 * Priority debts first. A statement budgets for their payments as expenditure ("priority-debt
 * payments"), so the surplus is already net of what it sets aside. When the priority debts' monthly
 * payments come to more than that, the difference is taken off the surplus too: otherwise it would
 * be offered to the other creditors and the rent or tax would go unpaid.
 */
export function surplusAfterPriority(input: { surplus: number; budgeted: number; priorityPayments: readonly number[] }): PriorityFirst {
  const { surplus, budgeted, priorityPayments } = input;
  assertSafeInteger(surplus, "surplus");
  assertNonNegativeInteger(budgeted, "budgeted");
  let needed = 0n;
  for (const payment of priorityPayments) {
    assertNonNegativeInteger(payment, "priority payment");
    needed += BigInt(payment);
  }
  const gap = needed - BigInt(budgeted);
  const shortfall = gap > 0n ? gap : 0n;
  return { needed: saturate(needed), budgeted, shortfall: saturate(shortfall), available: saturate(BigInt(surplus) - shortfall) };
}
