import { z } from "zod";
import { negotiationRequestTypes } from "@/db/schema/negotiations";
import { MAX_INSTALMENT_MONTHS, type CurrencyCode } from "@/lib/finance";
import { dateProblem } from "@/lib/validation/dates";
import { moneyFrom } from "@/lib/validation/debts";
import { letterLanguages, type LetterField, type LetterProblems, type LetterRequest } from "./types";

const typed = z.string().optional().catch(undefined);

/**
 * Letter options from the URL (the preview page, the DOCX link and the save form share them). The
 * choices fall back to a default; the typed figures are kept exactly as typed, so `letterRequest`
 * can refuse one that does not parse and the form can show it again beside its message.
 */
export const letterQuerySchema = z.object({
  debt: z.uuid().optional().catch(undefined),
  lang: z.enum(letterLanguages).catch("zh-CN"),
  type: z.enum(negotiationRequestTypes).catch("payment_extension"),
  months: typed,
  until: typed,
  amount: typed,
});
export type LetterQuery = z.output<typeof letterQuerySchema>;

export type ParsedLetterRequest = { ok: true; request: LetterRequest } | { ok: false; problems: LetterProblems };

// Messages shared with the other forms: a bad amount or month count reads the same everywhere.
const MONTHS = "plans.errors.months";
const DATE = "debts.errors.date";
const AMOUNT_ZERO = "plans.errors.amountZero";

/**
 * The request of a letter from the typed options, the amount read in the debt's currency. Anything
 * that does not parse is a problem on its field, never left out: a letter must not carry a figure
 * other than the one typed (the balance checks follow in `requestProblems`, once the debt is read).
 */
export function letterRequest(query: LetterQuery, currency: CurrencyCode): ParsedLetterRequest {
  const schema = z
    .object({ months: z.string(), until: z.string(), amount: z.string() })
    .transform((v, ctx) => {
      const issue = (field: LetterField, message: string) => ctx.addIssue({ code: "custom", message, path: [field] });
      let months: number | null = null;
      if (v.months !== "") {
        months = /^\d{1,3}$/.test(v.months) ? Number(v.months) : 0;
        if (months < 1 || months > MAX_INSTALMENT_MONTHS) issue("months", MONTHS);
      }
      const untilProblem = v.until === "" ? null : dateProblem(v.until, DATE);
      if (untilProblem) issue("until", untilProblem);
      const amount = v.amount === "" ? null : moneyFrom(ctx, ["amount"], v.amount, currency);
      if (amount === 0) issue("amount", AMOUNT_ZERO);
      return { type: query.type, months, pauseUntil: v.until === "" ? null : v.until, amount };
    });
  // NFKC: digits and punctuation typed through a Chinese IME ("１２") read as plain ones.
  const clean = (value: string | undefined) => (value ?? "").normalize("NFKC").trim();
  const parsed = schema.safeParse({ months: clean(query.months), until: clean(query.until), amount: clean(query.amount) });
  if (parsed.success) return { ok: true, request: parsed.data };
  const problems: LetterProblems = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as LetterField;
    problems[field] ??= { key: issue.message };
  }
  return { ok: false, problems };
}

/** The same options as URL search params, for the DOCX link and the save form. */
export function letterSearch(query: LetterQuery): string {
  const params = new URLSearchParams({ lang: query.lang, type: query.type });
  if (query.months) params.set("months", query.months);
  if (query.until) params.set("until", query.until);
  if (query.amount) params.set("amount", query.amount);
  return params.toString();
}

export function readSearch(search: Record<string, string | string[] | undefined>): LetterQuery {
  const one = (key: string) => (Array.isArray(search[key]) ? search[key][0] : search[key]) || undefined;
  return letterQuerySchema.parse({ debt: one("debt"), lang: one("lang"), type: one("type"), months: one("months"), until: one("until"), amount: one("amount") });
}

/** The save form posts the same options back; the letter is rebuilt from them, never from posted text. */
export const letterSaveSchema = z.strictObject({
  debt: z.uuid(),
  lang: z.string().max(10),
  type: z.string().max(40),
  months: z.string().max(40).optional(),
  until: z.string().max(40).optional(),
  amount: z.string().max(40).optional(),
});
