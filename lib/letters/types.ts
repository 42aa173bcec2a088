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
  /** Monthly amount offered (instalments) or lump sum (settlement); instalments default to the affordable offer. */
  amount: number | null;
};

export type LetterField = "months" | "until" | "amount";
/** What is wrong with one typed option: a catalogue key, and the figures its message names (money in minor units). */
export type LetterProblem = { key: string; values?: { balance?: number; total?: number; amount?: number; months?: number } };
export type LetterProblems = Partial<Record<LetterField, LetterProblem>>;

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
  /**
   * The affordable monthly offer for this debt (priority first, rest pro rata), or null when none was
   * worked out. `token`: nothing is left over, so the offer is a token payment (lib/finance distributeSurplus).
   */
  offer: { monthly: number; token: boolean } | null;
  request: LetterRequest;
};

export type LetterBlock = { kind: "heading"; text: string } | { kind: "paragraph"; text: string } | { kind: "facts"; rows: [string, string][] };

export type Letter = { title: string; fileName: string; blocks: LetterBlock[] };
