import { formatMoney, type CurrencyCode, type MoneyLocale } from "@/lib/finance";
import type { Translate } from "@/lib/validation/form";
import type { LetterField, LetterProblems } from "./types";

/** Each field's problem in the reader's language (`t` is the root translator), money in the debt's currency. */
export function problemMessages(t: Translate, problems: LetterProblems, currency: CurrencyCode, locale: MoneyLocale): Partial<Record<LetterField, string>> {
  const out: Partial<Record<LetterField, string>> = {};
  for (const [field, problem] of Object.entries(problems) as [LetterField, NonNullable<LetterProblems[LetterField]>][]) {
    const values = Object.fromEntries(Object.entries(problem.values ?? {}).map(([name, n]) => [name, name === "months" ? n : formatMoney(n, currency, locale)]));
    out[field] = t(problem.key, values);
  }
  return out;
}

/** The problems as one plain-text answer (the DOCX route, the save button's message): "Amount: …". */
export function problemsText(t: Translate, problems: LetterProblems, currency: CurrencyCode, locale: MoneyLocale): string {
  const labels: Record<LetterField, string> = { months: t("letters.months"), until: t("letters.pauseUntil"), amount: t("letters.amount") };
  const lines = Object.entries(problemMessages(t, problems, currency, locale)).map(([field, message]) => `${labels[field as LetterField]}: ${message}`);
  return [t("letters.errors.invalid"), ...lines].join("\n");
}
