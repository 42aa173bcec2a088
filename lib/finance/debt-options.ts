import { checkCreditCardInstalmentTerm, creditReportRemovalDate } from "./checks";
import { daysBetween, type IsoDate } from "./dates";
import { annuitySchedule, equalPrincipalSchedule } from "./instalments";
import { extensionCost, interestWaiverSaving, pauseCost, penaltyWaiverSaving, settlementSaving, type DebtTerms } from "./options";
import { annualToDaily, dailyInterest, dailyPenalty, dailyToAnnual } from "./rates";

// The figures of one debt's options panel, composed from the finance primitives in one place so
// the page only formats them.

export type DebtOptionsInput = DebtTerms & {
  isCreditCard: boolean;
  /** The longest instalment term the creditor allows, when known. */
  creditorMaxMonths: number | null;
  /** Whether the debt has ever been reported overdue (an adverse credit record exists). */
  hasAdverseRecord: boolean;
  today: IsoDate;
};

export type DebtOptionsParams = {
  extendMonths: number;
  pauseUntil?: IsoDate;
  waiverMonths: number;
  planMonths: number;
  lumpSum?: number;
  clearedOn?: IsoDate;
};

export type PlanWarning =
  | { code: "credit_card_instalment_term_exceeded"; months: number; maxMonths: number }
  | { code: "creditor_max_months_exceeded"; months: number; maxMonths: number };

export function debtOptions(debt: DebtOptionsInput, params: DebtOptionsParams) {
  const overdue = debt.daysOverdue > 0;
  const daily = {
    interest: dailyInterest(debt.balance, debt.rate),
    // While overdue the multiplied rate replaces the contract rate; this is the whole day's charge.
    overdueCharge: dailyPenalty(debt.balance, debt.rate, debt.penaltyMultiplier),
    penaltySurcharge: overdue ? penaltyWaiverSaving(debt, { days: 1 }) : 0,
  };
  const rates = { daily: annualToDaily(debt.rate), annual: dailyToAnnual(debt.rate) };

  const pause =
    params.pauseUntil === undefined
      ? null
      : daysBetween(debt.today, params.pauseUntil) <= 0
        ? ({ error: "pause_not_in_future" } as const)
        : { until: params.pauseUntil, ...pauseCost(debt, { from: debt.today, until: params.pauseUntil }) };

  const warnings: PlanWarning[] = [];
  if (debt.isCreditCard) {
    const warning = checkCreditCardInstalmentTerm(params.planMonths);
    if (warning) warnings.push(warning);
  }
  if (debt.creditorMaxMonths !== null && params.planMonths > debt.creditorMaxMonths) {
    warnings.push({ code: "creditor_max_months_exceeded", months: params.planMonths, maxMonths: debt.creditorMaxMonths });
  }

  const settlement =
    params.lumpSum === undefined
      ? null
      : params.lumpSum > debt.balance
        ? ({ error: "above_balance" } as const)
        : { lumpSum: params.lumpSum, ...settlementSaving(debt.balance, params.lumpSum) };

  const clearedOn = params.clearedOn ?? debt.today;
  return {
    overdue,
    daily,
    rates,
    extension: extensionCost(debt, params.extendMonths),
    pause,
    interestWaiver: { months: params.waiverMonths, saving: interestWaiverSaving(debt, { months: params.waiverMonths }) },
    penaltyWaiver: { months: params.waiverMonths, saving: penaltyWaiverSaving(debt, { months: params.waiverMonths }) },
    plan: {
      months: params.planMonths,
      annuity: annuitySchedule(debt.balance, debt.rate, params.planMonths),
      equalPrincipal: equalPrincipalSchedule(debt.balance, debt.rate, params.planMonths),
      warnings,
    },
    settlement,
    creditReport: debt.hasAdverseRecord ? { clearedOn, removalDate: creditReportRemovalDate(clearedOn) } : null,
  };
}

export type DebtOptions = ReturnType<typeof debtOptions>;
