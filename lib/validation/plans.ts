import { z } from "zod";
import type { CreditorType } from "@/db/schema/creditors";
import { paymentOutcomes, planKinds } from "@/db/schema/plans";
import { CREDIT_CARD_INSTALMENT_MAX_MONTHS, CURRENCY_CODES, checkCreditCardInstalmentTerm } from "@/lib/finance";
import { dateProblem, storableDate } from "./dates";
import { moneyFrom } from "./debts";
const blankToNull = z
  .string()
  .trim()
  .default("")
  .transform((v) => (v === "" ? null : v));

export const planSchema = z
  .strictObject({
    debtId: z.uuid("plans.errors.debt"),
    currency: z.enum(CURRENCY_CODES),
    entryId: blankToNull.pipe(z.uuid().nullable()),
    kind: z.enum(planKinds, "plans.errors.kind"),
    startDate: storableDate("plans.errors.startDate"),
    months: blankToNull,
    instalmentAmount: z.string().trim().max(40).default(""),
    pauseUntil: blankToNull,
    override: z.enum(["", "on"]).default("").transform((v) => v === "on"),
    overrideReason: blankToNull.pipe(z.string().max(1000).nullable()),
  })
  .transform((v, ctx) => {
    let months: number | null = null;
    let instalmentAmount: number | null = null;
    let pauseUntil: string | null = null;
    if (v.kind === "instalments") {
      months = v.months && /^\d{1,3}$/.test(v.months) ? Number(v.months) : null;
      if (months === null || months < 1 || months > 600) ctx.addIssue({ code: "custom", message: "plans.errors.months", path: ["months"] });
      if (v.instalmentAmount !== "") instalmentAmount = moneyFrom(ctx, ["instalmentAmount"], v.instalmentAmount, v.currency);
      if (instalmentAmount === 0) ctx.addIssue({ code: "custom", message: "plans.errors.amountZero", path: ["instalmentAmount"] });
    } else {
      pauseUntil = v.pauseUntil;
      const pauseError = pauseUntil ? dateProblem(pauseUntil, "plans.errors.pauseUntil") : "plans.errors.pauseUntil";
      if (pauseError) ctx.addIssue({ code: "custom", message: pauseError, path: ["pauseUntil"] });
      else if (pauseUntil && pauseUntil < v.startDate) ctx.addIssue({ code: "custom", message: "plans.errors.pauseBeforeStart", path: ["pauseUntil"] });
    }
    if (v.override && !v.overrideReason) ctx.addIssue({ code: "custom", message: "plans.errors.overrideReason", path: ["overrideReason"] });
    return {
      debtId: v.debtId,
      currency: v.currency,
      entryId: v.entryId,
      kind: v.kind,
      startDate: v.startDate,
      months,
      instalmentAmount,
      pauseUntil,
      overrideReason: v.override ? v.overrideReason : null,
    };
  });
export type PlanInput = z.output<typeof planSchema>;

export const paymentSchema = z
  .strictObject({
    instalmentId: z.uuid(),
    currency: z.enum(CURRENCY_CODES),
    outcome: z.enum(paymentOutcomes, "plans.errors.outcome"),
    amount: z.string().trim().max(40).default(""),
    paidOn: storableDate("plans.errors.paidOn"),
    note: blankToNull.pipe(z.string().max(1000).nullable()),
  })
  .transform((v, ctx) => {
    let amount: number | null = null;
    if (v.outcome === "missed") {
      if (v.amount !== "" && moneyFrom(ctx, ["amount"], v.amount, v.currency) !== 0) {
        ctx.addIssue({ code: "custom", message: "plans.errors.missedAmount", path: ["amount"] });
      }
      amount = 0;
    } else if (v.amount !== "") {
      amount = moneyFrom(ctx, ["amount"], v.amount, v.currency);
      if (amount === 0) ctx.addIssue({ code: "custom", message: "plans.errors.amountZero", path: ["amount"] });
    } else if (v.outcome === "partly_paid") {
      ctx.addIssue({ code: "custom", message: "plans.errors.partAmount", path: ["amount"] });
    }
    // A blank amount for "paid" means "whatever was still due", worked out against the instalment.
    return { instalmentId: v.instalmentId, outcome: v.outcome, amount, paidOn: v.paidOn, note: v.note };
  });
export type PaymentInput = z.output<typeof paymentSchema>;

/** Longest reason for reversing a recorded payment (kept on the payment and in the audit log). */
export const REVERSAL_REASON_MAX = 500;

export const paymentReversalSchema = z.strictObject({
  paymentId: z.uuid(),
  reason: z.string("plans.errors.reversalReason").trim().min(1, "plans.errors.reversalReason").max(REVERSAL_REASON_MAX, "plans.errors.reversalReasonLong"),
});
export type PaymentReversalInput = z.output<typeof paymentReversalSchema>;

/** Longest reason for ending a plan before its term (kept on the plan and in the audit log). */
export const END_REASON_MAX = 500;

export const planEndSchema = z.strictObject({
  planId: z.uuid(),
  reason: z.string("plans.errors.endReason").trim().min(1, "plans.errors.endReason").max(END_REASON_MAX, "plans.errors.endReasonLong"),
});
export type PlanEndInput = z.output<typeof planEndSchema>;

/** The reason kept on a plan ended because the negotiation entry it was made from was corrected. */
export const END_REASON_CORRECTED = "corrected entry";

export type TermProblem = { code: "creditor_max" | "credit_card"; months: number; max: number };

/** Why a term needs an explicit override: longer than the creditor allows, or than the credit-card cap. */
export function planTermProblems(months: number, creditor: { type: CreditorType; maxInstalmentMonths: number | null }): TermProblem[] {
  const problems: TermProblem[] = [];
  if (creditor.maxInstalmentMonths !== null && months > creditor.maxInstalmentMonths) {
    problems.push({ code: "creditor_max", months, max: creditor.maxInstalmentMonths });
  }
  if (creditor.type === "credit_card" && checkCreditCardInstalmentTerm(months)) {
    problems.push({ code: "credit_card", months, max: CREDIT_CARD_INSTALMENT_MAX_MONTHS });
  }
  return problems;
}

// The schedule arithmetic lives with the other pure money code, so the plan form can show it too.
export { addMonths, buildSchedule, scheduleProblem, type ScheduleProblem, type ScheduleRow } from "@/lib/finance/plan-schedule";
