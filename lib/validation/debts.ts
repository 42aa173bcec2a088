import { z } from "zod";
import { debtStatuses, priorityKinds, rateKinds } from "@/db/schema/debts";
import { evidenceRequestTypes } from "@/db/schema/documents";
import {
  CURRENCY_CODES,
  MAX_INSTALMENT_MONTHS,
  addDays,
  parseMoney,
  parseMultiplier,
  parseRatePercent,
  type CurrencyCode,
  type ParseMoneyError,
  type ParseRateError,
} from "@/lib/finance";
import { isStorableDate } from "@/lib/finance/dates";
import { dateProblem } from "./dates";
import { versionField } from "./form";

// Catalogue keys for parse errors, so a bad amount reads the same on every form.
const MONEY_ERRORS: Record<ParseMoneyError, string> = {
  invalid: "debts.errors.moneyInvalid",
  negative: "debts.errors.moneyNegative",
  too_many_decimals: "debts.errors.moneyDecimals",
  too_large: "debts.errors.moneyTooLarge",
};
const RATE_ERRORS: Record<ParseRateError, string> = {
  invalid: "debts.errors.rateInvalid",
  negative: "debts.errors.rateNegative",
  too_many_decimals: "debts.errors.rateDecimals",
  too_large: "debts.errors.rateTooLarge",
};
const MULTIPLIER_ERRORS: Record<ParseRateError, string> = {
  invalid: "debts.errors.multiplierInvalid",
  negative: "debts.errors.multiplierBelowOne",
  too_many_decimals: "debts.errors.multiplierInvalid",
  too_large: "debts.errors.multiplierTooLarge",
};

type Ctx = z.core.$RefinementCtx;

/** Parses a typed amount into minor units; a blank optional field is `fallback`, a bad one an issue on `path`. */
export function moneyFrom(ctx: Ctx, path: (string | number)[], text: string, currency: CurrencyCode, fallback?: number): number {
  if (text.trim() === "") {
    if (fallback !== undefined) return fallback;
    ctx.addIssue({ code: "custom", message: "validation.required", path });
    return 0;
  }
  const parsed = parseMoney(text, currency);
  if (parsed.ok) return parsed.amount;
  ctx.addIssue({ code: "custom", message: MONEY_ERRORS[parsed.error], path });
  return 0;
}

/** A blank multiplier means "use the creditor's default"; otherwise 1× or more, in 1/10,000ths. */
export function multiplierFrom(ctx: Ctx, path: string[], text: string): number | null {
  if (text.trim() === "") return null;
  const parsed = parseMultiplier(text);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: MULTIPLIER_ERRORS[parsed.error], path });
    return null;
  }
  if (parsed.multiplier < 10_000) ctx.addIssue({ code: "custom", message: "debts.errors.multiplierBelowOne", path });
  return parsed.multiplier;
}

/** A blank field is null; anything but a whole number in [min, max] is an issue with `message`. */
export function intFrom(ctx: Ctx, path: string[], text: string, min: number, max: number, message: string): number | null {
  if (text.trim() === "") return null;
  const n = /^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (n >= min && n <= max) return n;
  ctx.addIssue({ code: "custom", message, path });
  return null;
}

function dateFrom(ctx: Ctx, path: string[], text: string): string | null {
  if (text.trim() === "") return null;
  const problem = dateProblem(text.trim(), "debts.errors.date");
  if (!problem) return text.trim();
  ctx.addIssue({ code: "custom", message: problem, path });
  return null;
}

// Every typed field is a plain string here and is checked in the transform, so one submit reports
// every problem at once (a failing field would otherwise stop the cross-field checks from running).
const text = (max: number) => z.string().trim().max(max).default("");

const debtShape = {
  creditorId: text(60),
  product: text(120),
  accountReference: text(64),
  currency: z.enum(CURRENCY_CODES),
  originalPrincipal: text(40),
  currentBalance: text(40),
  instalment: text(40),
  rate: text(40),
  rateKind: z.enum(rateKinds),
  penaltyMultiplier: text(20),
  dueDay: text(10),
  daysPastDue: text(10),
  overdueSince: text(20),
  status: z.enum(debtStatuses),
  priorityKind: z.enum(["", ...priorityKinds]).default(""),
};

type DebtShapeOut = z.output<z.ZodObject<typeof debtShape>>;

function toDebtInput(v: DebtShapeOut, ctx: Ctx) {
  if (!z.uuid().safeParse(v.creditorId).success) ctx.addIssue({ code: "custom", message: "debts.errors.creditor", path: ["creditorId"] });
  if (v.accountReference !== "" && !/^[\p{L}\p{N} *._/-]+$/u.test(v.accountReference)) {
    ctx.addIssue({ code: "custom", message: "debts.errors.accountReference", path: ["accountReference"] });
  }
  const rate = v.rate === "" ? null : parseRatePercent(v.rate, v.rateKind);
  if (!rate) ctx.addIssue({ code: "custom", message: "validation.required", path: ["rate"] });
  else if (!rate.ok) ctx.addIssue({ code: "custom", message: RATE_ERRORS[rate.error], path: ["rate"] });
  const daysPastDue = intFrom(ctx, ["daysPastDue"], v.daysPastDue, 0, 36_500, "debts.errors.daysPastDue");
  const overdueSince = dateFrom(ctx, ["overdueSince"], v.overdueSince);
  if (daysPastDue !== null && overdueSince !== null) {
    ctx.addIssue({ code: "custom", message: "debts.errors.overdueBoth", path: ["daysPastDue"] });
  }
  return {
    creditorId: v.creditorId,
    product: v.product === "" ? null : v.product,
    accountReference: v.accountReference === "" ? null : v.accountReference,
    currency: v.currency,
    originalPrincipal: moneyFrom(ctx, ["originalPrincipal"], v.originalPrincipal, v.currency),
    currentBalance: moneyFrom(ctx, ["currentBalance"], v.currentBalance, v.currency),
    instalment: moneyFrom(ctx, ["instalment"], v.instalment, v.currency, 0),
    rateKind: v.rateKind,
    ratePpb: rate?.ok ? rate.rate.ppb : 0,
    penaltyMultiplier: multiplierFrom(ctx, ["penaltyMultiplier"], v.penaltyMultiplier),
    dueDay: intFrom(ctx, ["dueDay"], v.dueDay, 1, 31, "debts.errors.dueDay"),
    daysPastDue,
    overdueSince,
    status: v.status,
    priorityKind: v.priorityKind === "" ? null : v.priorityKind,
  };
}

export const newDebtSchema = z.strictObject(debtShape).transform(toDebtInput);
export type DebtInput = z.output<typeof newDebtSchema>;

export const editDebtSchema = z
  .strictObject({ ...debtShape, debtId: z.uuid(), version: versionField() })
  .transform((v, ctx) => ({ ...toDebtInput(v, ctx), debtId: v.debtId, version: v.version }));

/** The "overdue since" date from either a typed date or a number of days past due, as of `today`. */
export function overdueSinceFrom(input: Pick<DebtInput, "daysPastDue" | "overdueSince">, today: string) {
  if (input.overdueSince) return input.overdueSince > today ? { error: "debts.errors.dateInFuture" as const } : { date: input.overdueSince };
  if (input.daysPastDue) return { date: addDays(today, -input.daysPastDue) };
  return { date: null };
}

// Search params of the options panel: anything unparsable falls back to a sensible default.
export const optionsQuerySchema = z.object({
  extendMonths: z.coerce.number().int().min(1).max(120).catch(3),
  pauseUntil: z.string().refine(isStorableDate).optional().catch(undefined),
  waiverMonths: z.coerce.number().int().min(1).max(120).catch(12),
  planMonths: z.coerce.number().int().min(1).max(MAX_INSTALMENT_MONTHS).catch(12),
  lumpSum: z.string().max(40).optional().catch(undefined),
  clearedOn: z.string().refine(isStorableDate).optional().catch(undefined),
});
export type OptionsQuery = z.output<typeof optionsQuerySchema>;

/** The request the options page checks evidence for; an instalment plan unless another is chosen. */
export const evidenceForSchema = z.enum(evidenceRequestTypes).catch("instalment_plan");
