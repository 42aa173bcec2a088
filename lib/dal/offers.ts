import "server-only";
import type { DebtStatus } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import {
  FinanceOverflowError,
  daysBetween,
  distributeSurplus,
  parseMoney,
  rate,
  surplusAfterPriority,
  type CurrencyCode,
  type ParseMoneyError,
  type PriorityFirst,
  type SurplusDistribution,
} from "@/lib/finance";
import { debtOptions, type DebtOptions } from "@/lib/finance/debt-options";
import type { OptionsQuery } from "@/lib/validation/debts";
import { getStatement } from "./budgets";
import { agencyToday, getDebt, listDebts, type DebtView } from "./debts";

/** Debts still being repaid; settled and written-off ones take no share of the surplus. */
const CLOSED: readonly DebtStatus[] = ["settled", "written_off"];
/** Statuses under which penalty interest is still running on an overdue balance. */
const ACCRUING_PENALTY: readonly DebtStatus[] = ["overdue", "in_collection", "paused"];

export type AffordableOffer = {
  statement: { id: string; version: number; statementDate: string; currency: CurrencyCode; surplus: number } | null;
  /**
   * The open priority debts' monthly payments against what the statement budgets for them; a
   * shortfall has been taken off the surplus before the split. Null without a statement.
   */
  priority: PriorityFirst | null;
  distribution: SurplusDistribution | null;
  /** Open debts in another currency than the statement: left out of the split. */
  otherCurrencyIds: string[];
};

/** The latest statement's surplus split across the client's open debts (priority debts first, the rest pro rata). */
export async function getAffordableOffer(user: SessionUser, clientId: string, debts?: DebtView[]): Promise<AffordableOffer> {
  const [statement, all] = await Promise.all([getStatement(user, clientId, "latest"), debts ?? listDebts(user, clientId)]);
  const open = all.filter((d) => !CLOSED.includes(d.status));
  if (!statement) return { statement: null, priority: null, distribution: null, otherCurrencyIds: [] };
  const same = open.filter((d) => d.currency === statement.currency);
  const priority = surplusAfterPriority({
    surplus: statement.totals.surplus,
    // Part of the statement's expenditure total, so this sum is as safe as that total.
    budgeted: statement.lines.filter((l) => l.category === "priority_debt_payments").reduce((sum, l) => sum + l.monthlyAmount, 0),
    priorityPayments: same.filter((d) => d.priority).map((d) => d.instalment),
  });
  const distribution = distributeSurplus({
    available: priority.available,
    debts: same.map((d) => ({ id: d.id, balance: d.currentBalance, priority: d.priority })),
  });
  return {
    statement: { id: statement.id, version: statement.version, statementDate: statement.statementDate, currency: statement.currency, surplus: statement.totals.surplus },
    priority,
    distribution,
    otherCurrencyIds: open.filter((d) => d.currency !== statement.currency).map((d) => d.id),
  };
}

export function daysOverdueOf(debt: Pick<DebtView, "status" | "overdueSince">, today: string): number {
  if (!debt.overdueSince || !ACCRUING_PENALTY.includes(debt.status)) return 0;
  return Math.max(0, daysBetween(debt.overdueSince, today));
}

/**
 * Everything the options panel of one debt shows: the offer for it and what each negotiable option
 * costs or saves. `options` is null when a figure is too large to work out exactly (an extreme
 * balance and rate): the page says so rather than failing.
 */
export async function getDebtOptions(user: SessionUser, clientId: string, debtId: string, query: OptionsQuery) {
  const [debt, today] = await Promise.all([getDebt(user, clientId, debtId), agencyToday()]);
  const offer = await getAffordableOffer(user, clientId);
  // The lump sum is typed in the debt's currency, so it can only be parsed once the debt is known.
  const lump = query.lumpSum?.trim() ? parseMoney(query.lumpSum, debt.currency) : null;
  const lumpSumError: ParseMoneyError | null = lump && !lump.ok ? lump.error : null;
  let options: DebtOptions | null;
  try {
    options = debtOptions(
      {
        balance: debt.currentBalance,
        rate: rate(debt.rateKind, debt.ratePpb),
        penaltyMultiplier: debt.penaltyMultiplier,
        daysOverdue: daysOverdueOf(debt, today),
        monthlyPayment: debt.instalment,
        isCreditCard: debt.creditorType === "credit_card",
        creditorMaxMonths: debt.creditorMaxMonths,
        hasAdverseRecord: debt.overdueSince !== null,
        today,
      },
      {
        extendMonths: query.extendMonths,
        pauseUntil: query.pauseUntil,
        waiverMonths: query.waiverMonths,
        planMonths: query.planMonths,
        lumpSum: lump?.ok ? lump.amount : undefined,
        clearedOn: query.clearedOn,
      },
    );
  } catch (error) {
    if (!(error instanceof FinanceOverflowError)) throw error;
    options = null;
  }
  return { debt, today, offer, options, lumpSumError };
}
