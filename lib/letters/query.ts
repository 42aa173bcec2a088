import { z } from "zod";
import { negotiationRequestTypes } from "@/db/schema/negotiations";
import { parseMoney, type CurrencyCode } from "@/lib/finance";
import { isStorableDate } from "@/lib/finance/dates";
import { letterLanguages, type LetterRequest } from "./types";

/** Letter options from the URL (preview page and DOCX link share them); anything unparsable falls back. */
export const letterQuerySchema = z.object({
  debt: z.uuid().optional().catch(undefined),
  lang: z.enum(letterLanguages).catch("zh-CN"),
  type: z.enum(negotiationRequestTypes).catch("payment_extension"),
  months: z.coerce.number().int().min(1).max(600).optional().catch(undefined),
  until: z.string().refine(isStorableDate).optional().catch(undefined),
  amount: z.string().max(40).optional().catch(undefined),
});
export type LetterQuery = z.output<typeof letterQuerySchema>;

/** The request of a letter; an amount that does not parse in the debt's currency is left out. */
export function letterRequest(query: LetterQuery, currency: CurrencyCode): LetterRequest {
  const parsed = query.amount?.trim() ? parseMoney(query.amount, currency) : null;
  return { type: query.type, months: query.months ?? null, pauseUntil: query.until ?? null, amount: parsed?.ok ? parsed.amount : null };
}

/** The same options as URL search params, for the DOCX link and the save form. */
export function letterSearch(query: LetterQuery): string {
  const params = new URLSearchParams({ lang: query.lang, type: query.type });
  if (query.months) params.set("months", String(query.months));
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
  months: z.string().max(5).optional(),
  until: z.string().max(10).optional(),
  amount: z.string().max(40).optional(),
});
