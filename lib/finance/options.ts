import { daysBetween, type IsoDate } from "./dates";
import { accrueInterest, MULTIPLIER_SCALE, PPB_PER_UNIT, type PenaltyMultiplier, type Rate } from "./rates";
import { assertNonNegativeInteger, divRound, toSafeNumber } from "./rounding";

// What each negotiable option costs or saves the client, as simple daily interest on the current
// balance. Each figure is rounded once; a penalty is the overdue charge minus ordinary interest,
// so interest + penalty always equals the single-rounded total.

export type DebtTerms = {
  balance: number;
  rate: Rate;
  /** Overdue rate ÷ contract rate in 1/10,000ths; 10,000 means no surcharge. */
  penaltyMultiplier: PenaltyMultiplier;
  daysOverdue: number;
  monthlyPayment: number;
};

/** A span of whole days, or of months counted as exactly 365/12 days each. */
export type Horizon = { days: number } | { months: number };

type Days = { num: bigint; den: bigint };
export type Charges = { interest: number; penalty: number; total: number };

function validate(debt: DebtTerms): void {
  assertNonNegativeInteger(debt.balance, "balance");
  assertNonNegativeInteger(debt.daysOverdue, "daysOverdue");
  assertNonNegativeInteger(debt.monthlyPayment, "monthlyPayment");
  assertNonNegativeInteger(debt.penaltyMultiplier, "penaltyMultiplier");
  if (debt.penaltyMultiplier < Number(MULTIPLIER_SCALE)) {
    throw new RangeError("penaltyMultiplier below 1× would make being overdue cheaper");
  }
}

function horizonDays(horizon: Horizon): Days {
  if ("days" in horizon) {
    assertNonNegativeInteger(horizon.days, "days");
    return { num: BigInt(horizon.days), den: 1n };
  }
  assertNonNegativeInteger(horizon.months, "months");
  return { num: BigInt(horizon.months) * 365n, den: 12n };
}

/** Interest and, for an overdue debt, the penalty surcharge accrued over `days`. */
function charges(debt: DebtTerms, days: Days, opts: { interest: boolean; penalty: boolean }): Charges {
  const interest = accrueInterest(debt.balance, debt.rate, days.num, days.den, MULTIPLIER_SCALE);
  const overdue = debt.daysOverdue > 0;
  const multiplier = BigInt(debt.penaltyMultiplier);
  const total = overdue ? accrueInterest(debt.balance, debt.rate, days.num, days.den, multiplier) : interest;
  const penalty = total - interest;
  const kept = { interest: opts.interest ? interest : 0, penalty: opts.penalty ? penalty : 0 };
  return { ...kept, total: kept.interest + kept.penalty };
}

export type ExtensionCost = { months: number; extraInterest: number; deferredPayments: number };

/**
 * Extending the term by `months` postpones that many payments while the balance keeps earning
 * contract interest. An agreed extension brings the debt current, so no penalty is charged.
 */
export function extensionCost(debt: DebtTerms, months: number): ExtensionCost {
  validate(debt);
  assertNonNegativeInteger(months, "months");
  const extraInterest = charges(debt, horizonDays({ months }), { interest: true, penalty: false }).interest;
  const deferredPayments = toSafeNumber(BigInt(debt.monthlyPayment) * BigInt(months), "deferred payments");
  return { months, extraInterest, deferredPayments };
}

export type PauseOptions = { from: IsoDate; until: IsoDate; interestWaived?: boolean; penaltyWaived?: boolean };
export type PauseCost = Charges & { days: number };

/** Charges accrued while collection is paused from `from` up to (not including) `until`. */
export function pauseCost(debt: DebtTerms, pause: PauseOptions): PauseCost {
  validate(debt);
  const days = daysBetween(pause.from, pause.until);
  if (days < 0) throw new RangeError("a pause cannot end before it starts");
  const accrued = charges(debt, { num: BigInt(days), den: 1n }, {
    interest: !pause.interestWaived,
    penalty: !pause.penaltyWaived,
  });
  return { days, ...accrued };
}

/** Contract interest the client would not pay over `horizon` if the creditor waives it. */
export function interestWaiverSaving(debt: DebtTerms, horizon: Horizon): number {
  validate(debt);
  return charges(debt, horizonDays(horizon), { interest: true, penalty: false }).interest;
}

/** Penalty surcharge saved over `horizon`; nothing for a debt that is not overdue. */
export function penaltyWaiverSaving(debt: DebtTerms, horizon: Horizon): number {
  validate(debt);
  return charges(debt, horizonDays(horizon), { interest: false, penalty: true }).penalty;
}

export type SettlementOutcome = { saved: number; discountPpb: number };

/** What a lump-sum settlement saves against the balance; the discount is in ppb of the balance. */
export function settlementSaving(balance: number, lumpSum: number): SettlementOutcome {
  assertNonNegativeInteger(balance, "balance");
  assertNonNegativeInteger(lumpSum, "lumpSum");
  if (lumpSum > balance) throw new RangeError("a settlement above the balance is not a settlement");
  const saved = balance - lumpSum;
  const discountPpb = balance === 0 ? 0 : toSafeNumber(divRound(BigInt(saved) * PPB_PER_UNIT, BigInt(balance)));
  return { saved, discountPpb };
}
