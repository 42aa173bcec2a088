import { compareText, numberFormat } from "@/lib/i18n/formats";
// Pure arithmetic behind the outcome analytics: the page, the chart tables and the CSV all read
// their figures through these functions, so they round the same way and cannot disagree.

/** Below this many decided requests a rate is not compared: one rejection would swing it by 20 points. */
export const MIN_COMPARABLE_N = 5;

export type OutcomeCounts = {
  requests: number;
  decided: number;
  agreed: number;
  partial: number;
  rejected: number;
  monthsGranted: number;
};

export type Median = { days: number | null; n: number };

export type FigureRow = OutcomeCounts & { key: string; label: string; median: Median };

export type Rate = { n: number; agreedAny: number; percent: number | null; tooFew: boolean };

export const emptyCounts = (): OutcomeCounts => ({ requests: 0, decided: 0, agreed: 0, partial: 0, rejected: 0, monthsGranted: 0 });

/**
 * Agreement rate = (agreed + partially agreed) / decided, where decided = agreed + partially agreed +
 * rejected (pending, no response and escalated are not decisions). n is the number decided. The
 * percentage is rounded half-up to one decimal with integer arithmetic, once; null when n = 0.
 */
export function agreementRate(counts: Pick<OutcomeCounts, "decided" | "agreed" | "partial">): Rate {
  const n = counts.decided;
  const agreedAny = counts.agreed + counts.partial;
  const percent = n === 0 ? null : Math.floor((agreedAny * 2000 + n) / (2 * n)) / 10;
  return { n, agreedAny, percent, tooFew: n < MIN_COMPARABLE_N };
}

/** Median days rounded half-up to one decimal (percentile_cont gives .5 for an even count). */
export function roundDays(days: number | null): number | null {
  if (days === null || !Number.isFinite(days)) return null;
  return Math.round(days * 10) / 10;
}

/** "42.9%" in the user's locale, or null when there is nothing to show. */
export function formatPercent(percent: number | null, locale: string): string | null {
  if (percent === null) return null;
  return `${numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(percent)}%`;
}

export function formatDays(days: number | null, locale: string): string | null {
  if (days === null) return null;
  return numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(days);
}

/** Rows sorted for "who grants least often": comparable rates first, lowest rate first, then by n. */
export function byRateAscending(rows: FigureRow[]): FigureRow[] {
  return [...rows].sort((a, b) => {
    const ra = agreementRate(a);
    const rb = agreementRate(b);
    if (ra.tooFew !== rb.tooFew) return ra.tooFew ? 1 : -1;
    const pa = ra.percent ?? Infinity;
    const pb = rb.percent ?? Infinity;
    return pa - pb || rb.n - ra.n || compareText(a.label, b.label);
  });
}

/** Every "yyyy-mm" from the month of `from` to the month of `to`, so empty months show as zero. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split("-").map(Number) as [number, number];
  const [ty, tm] = to.split("-").map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}`);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}
