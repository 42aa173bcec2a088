import "server-only";
import type { DebtStatus } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { daysBetween, distributeSurplus, parseMoney, rate, type ParseMoneyError, type SurplusDistribution } from "@/lib/finance";
import { debtOptions } from "@/lib/finance/debt-options";
import type { OptionsQuery } from "@/lib/validation/debts";
import { getStatement } from "./budgets";
import { agencyToday, getDebt, listDebts, type DebtView } from "./debts";

/** Debts still being repaid; settled and written-off ones take no share of the surplus. */
const CLOSED: readonly DebtStatus[] = ["settled", "written_off"];
/** Statuses under which penalty interest is still running on an overdue balance. */
const ACCRUING_PENALTY: readonly DebtStatus[] = ["overdue", "in_collection", "paused"];

export type AffordableOffer = {
  statement: { id: string; version: number; statementDate: string; currency: string; surplus: number } | null;
  distribution: SurplusDistribution | null;
  /** Open debts in another currency than the statement: left out of the split. */
  otherCurrencyIds: string[];
};

/** The latest statement's surplus split across the client's open debts (priority debts first, the rest pro rata). */
export async function getAffordableOffer(user: SessionUser, clientId: string, debts?: DebtView[]): Promise<AffordableOffer> {
  const [statement, all] = await Promise.all([getStatement(user, clientId, "latest"), debts ?? listDebts(user, clientId)]);
  const open = all.filter((d) => !CLOSED.includes(d.status));
  if (!statement) return { statement: null, distribution: null, otherCurrencyIds: [] };
  const same = open.filter((d) => d.currency === statement.currency);
  const distribution = distributeSurplus({
    available: statement.totals.surplus,
    debts: same.map((d) => ({ id: d.id, balance: d.currentBalance, priority: d.priority })),
  });
  return {
    statement: { id: statement.id, version: statement.version, statementDate: statement.statementDate, currency: statement.currency, surplus: statement.totals.surplus },
    distribution,
    otherCurrencyIds: open.filter((d) => d.currency !== statement.currency).map((d) => d.id),
  };
}

export function daysOverdueOf(debt: Pick<DebtView, "status" | "overdueSince">, today: string): number {
  if (!debt.overdueSince || !ACCRUING_PENALTY.includes(debt.status)) return 0;
  return Math.max(0, daysBetween(debt.overdueSince, today));
}

/** Everything the options panel of one debt shows: the offer for it and what each negotiable option costs or saves. */
export async function getDebtOptions(user: SessionUser, clientId: string, debtId: string, query: OptionsQuery) {
  const [debt, today] = await Promise.all([getDebt(user, clientId, debtId), agencyToday()]);
  const offer = await getAffordableOffer(user, clientId);
  // The lump sum is typed in the debt's currency, so it can only be parsed once the debt is known.
  const lump = query.lumpSum?.trim() ? parseMoney(query.lumpSum, debt.currency) : null;
  const lumpSumError: ParseMoneyError | null = lump && !lump.ok ? lump.error : null;
  const options = debtOptions(
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
  return { debt, today, offer, options, lumpSumError };
}
