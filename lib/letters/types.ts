import type { HardshipReason } from "@/db/schema/clients";
import type { NegotiationRequestType } from "@/db/schema/negotiations";
import type { CurrencyCode } from "@/lib/finance";

export const letterLanguages = ["zh-CN", "en"] as const;
export type LetterLanguage = (typeof letterLanguages)[number];

/** What the letter asks the creditor for, with the figures that request needs. */
export type LetterRequest = {
  type: NegotiationRequestType;
  months: number | null;
  pauseUntil: string | null;
  /** Monthly amount offered (instalments) or lump sum (settlement); defaults to the affordable offer. */
  amount: number | null;
};

/** Everything a hardship / proposal letter says, all typed: nothing is filled into a template later. */
export type LetterData = {
  language: LetterLanguage;
  date: string;
  agencyName: string;
  counsellorName: string;
  client: { fullName: string; reference: string; adults: number; dependants: number; hardship: HardshipReason[]; hardshipOther: string | null };
  creditorName: string;
  debt: { product: string | null; accountMasked: string | null; balance: number; currency: CurrencyCode };
  statement: { date: string; income: number; expenditure: number; surplus: number; currency: CurrencyCode } | null;
  /** The affordable monthly offer for this debt (priority first, rest pro rata), or null when none was worked out. */
  offer: number | null;
  request: LetterRequest;
};

export type LetterBlock = { kind: "heading"; text: string } | { kind: "paragraph"; text: string } | { kind: "facts"; rows: [string, string][] };

export type Letter = { title: string; fileName: string; blocks: LetterBlock[] };
