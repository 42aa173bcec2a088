import { z } from "zod";
import {
  negotiationChannels,
  negotiationOutcomes,
  negotiationRequestTypes,
  type NegotiationChannel,
  type NegotiationOutcome,
  type NegotiationRequestType,
} from "@/db/schema/negotiations";
import { addDays, daysBetween, type IsoDate } from "@/lib/finance";
import { isStorableDate } from "@/lib/finance/dates";

/** A drill-down slice on the outcome: one outcome, every decided one, or every (partly) agreed one. */
export const outcomeSlices = [...negotiationOutcomes, "decided", "agreed_any"] as const;
export type OutcomeSlice = (typeof outcomeSlices)[number];

export type AnalyticsQuery = {
  from: IsoDate;
  to: IsoDate;
  counsellorId: string | null;
  creditorId: string | null;
  requestType: NegotiationRequestType | null;
  channel: NegotiationChannel | null;
  /** Drill-down only: which entries behind a figure. */
  outcome: OutcomeSlice | null;
  page: number;
};

/** Longest range a report covers: five years keeps every query bounded. */
export const MAX_RANGE_DAYS = 5 * 366;
export const MAX_PAGE = 200;

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

const uuid = z.uuid();
// Only dates a record can carry (1900–2100): a report of year 9999 is a typo, and has no instants.
const isoDate = z.string().refine(isStorableDate);

/** The first day of the month eleven months back: the last twelve calendar months, this one included. */
export function defaultRange(today: IsoDate): { from: IsoDate; to: IsoDate } {
  const [y, m] = today.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) - 11;
  const from = `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}-01`;
  return { from, to: today };
}

/**
 * Reads the analytics state from the URL with an allow-list per key: anything unknown or malformed
 * falls back to the default (the last twelve months, no filters), never reaches a query.
 */
export function parseAnalyticsQuery(params: RawParams, today: IsoDate): AnalyticsQuery {
  const get = (key: string): string | undefined => {
    const value = params instanceof URLSearchParams ? (params.get(key) ?? undefined) : params[key];
    return Array.isArray(value) ? value[0] : value;
  };
  const pick = <T extends string>(list: readonly T[], value: string | undefined): T | null =>
    value !== undefined && (list as readonly string[]).includes(value) ? (value as T) : null;
  const fallback = defaultRange(today);
  let from = isoDate.safeParse(get("from")).data;
  let to = isoDate.safeParse(get("to")).data;
  // A range is taken whole or not at all: half a typed range is not what anyone asked for.
  if (!from || !to || daysBetween(from, to) < 0 || daysBetween(from, to) > MAX_RANGE_DAYS) ({ from, to } = fallback);
  const page = Number(get("page"));
  return {
    from,
    to,
    counsellorId: uuid.safeParse(get("counsellor")).data ?? null,
    creditorId: uuid.safeParse(get("creditor")).data ?? null,
    requestType: pick(negotiationRequestTypes, get("type")),
    channel: pick(negotiationChannels, get("channel")),
    outcome: pick(outcomeSlices, get("outcome")),
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
  };
}

/** The canonical search string; the default range and page 1 are left out so links stay short. */
export function analyticsSearch(query: Partial<AnalyticsQuery> & Pick<AnalyticsQuery, "from" | "to">, today: IsoDate): string {
  const out = new URLSearchParams();
  const fallback = defaultRange(today);
  if (query.from !== fallback.from || query.to !== fallback.to) {
    out.set("from", query.from);
    out.set("to", query.to);
  }
  if (query.counsellorId) out.set("counsellor", query.counsellorId);
  if (query.creditorId) out.set("creditor", query.creditorId);
  if (query.requestType) out.set("type", query.requestType);
  if (query.channel) out.set("channel", query.channel);
  if (query.outcome) out.set("outcome", query.outcome);
  if (query.page && query.page > 1) out.set("page", String(query.page));
  const text = out.toString();
  return text ? `?${text}` : "";
}

/** A "yyyy-mm" month clipped to the report's range, for drilling into one bar of the time chart. */
export function monthWithin(month: string, range: { from: IsoDate; to: IsoDate }): { from: IsoDate; to: IsoDate } {
  const start = `${month}-01`;
  const [y, m] = month.split("-").map(Number) as [number, number];
  const nextStart = m === 12 ? `${String(y + 1).padStart(4, "0")}-01-01` : `${month.slice(0, 4)}-${String(m + 1).padStart(2, "0")}-01`;
  const end = addDays(nextStart, -1);
  return { from: start > range.from ? start : range.from, to: end < range.to ? end : range.to };
}

/** Which stored outcomes a slice stands for. */
export function outcomesOf(slice: OutcomeSlice): NegotiationOutcome[] {
  if (slice === "decided") return ["agreed", "partially_agreed", "rejected"];
  if (slice === "agreed_any") return ["agreed", "partially_agreed"];
  return [slice];
}
