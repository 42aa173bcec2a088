import { CURRENCIES, isCurrencyCode, minorUnitExponent } from "@/lib/finance/money";
import { agreementRate, formatDays, formatPercent, type FigureRow } from "./figures";

/** The displayed text of one row's derived figures: the screen and the CSV both use this. */
export function figureText(row: FigureRow, locale: string) {
  const rate = agreementRate(row);
  return {
    rate: rate.tooFew ? null : formatPercent(rate.percent, locale),
    n: rate.n,
    tooFew: rate.tooFew,
    median: formatDays(row.median.days, locale),
    medianN: row.median.n,
  };
}

/** Minor units as a plain major-unit decimal ("30000" fen → "300.00"), exact, for a spreadsheet. */
export function majorUnits(amount: number, currency: string): string {
  const exponent = isCurrencyCode(currency) ? minorUnitExponent(currency) : CURRENCIES.CNY.exponent;
  const digits = Math.abs(amount).toString().padStart(exponent + 1, "0");
  const split = digits.length - exponent;
  const sign = amount < 0 ? "-" : "";
  return exponent === 0 ? sign + digits : `${sign}${digits.slice(0, split)}.${digits.slice(split)}`;
}

export const CSV_COLUMNS = [
  "section",
  "item",
  "requests",
  "decided",
  "agreed",
  "partial",
  "rejected",
  "rate",
  "n",
  "note",
  "medianDays",
  "medianN",
  "monthsGranted",
  "currency",
  "interestWaived",
  "penaltyWaived",
] as const;

export type CsvSection = { title: string; rows: FigureRow[] };
export type CsvWaived = { currency: string; interest: number; penalty: number };

/** One CSV line per figure row, in screen order: the total, each breakdown, then money waived per currency. */
export function analyticsCsvRows(sections: CsvSection[], waived: { title: string; rows: CsvWaived[] }, locale: string, tooFewText: string): string[][] {
  const lines: string[][] = [];
  for (const section of sections) {
    for (const row of section.rows) {
      const text = figureText(row, locale);
      lines.push([
        section.title,
        row.label,
        String(row.requests),
        String(row.decided),
        String(row.agreed),
        String(row.partial),
        String(row.rejected),
        text.rate ?? "",
        String(text.n),
        text.tooFew ? tooFewText : "",
        text.median ?? "",
        String(text.medianN),
        String(row.monthsGranted),
        "",
        "",
        "",
      ]);
    }
  }
  for (const w of waived.rows) {
    lines.push([waived.title, w.currency, "", "", "", "", "", "", "", "", "", "", "", w.currency, majorUnits(w.interest, w.currency), majorUnits(w.penalty, w.currency)]);
  }
  return lines;
}
