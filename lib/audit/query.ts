import { z } from "zod";
import { addDays, daysBetween, type IsoDate } from "@/lib/finance";
import { isStorableDate } from "@/lib/finance/dates";

export type AuditQuery = {
  actorId: string | null;
  /** An exact action ("client.assigned") or a family ("client.*"). */
  action: string | null;
  clientRef: string | null;
  from: IsoDate;
  to: IsoDate;
  /** Keyset: show rows older than this id (ids grow with time). */
  before: number | null;
};

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

const ACTION = /^[a-z_]+(\.[a-z_]+)*(\.\*)?$/;
const REFERENCE = /^C-\d{4}-\d{4,}$/;
const MAX_RANGE_DAYS = 366;

/** The last 30 days, today included: the default window, and the widest is a year. */
export function defaultAuditRange(today: IsoDate): { from: IsoDate; to: IsoDate } {
  return { from: addDays(today, -29), to: today };
}

/** Reads the audit filters from the URL; anything malformed is dropped, never passed to a query. */
export function parseAuditQuery(params: RawParams, today: IsoDate): AuditQuery {
  const get = (key: string): string | undefined => {
    const value = params instanceof URLSearchParams ? (params.get(key) ?? undefined) : params[key];
    return (Array.isArray(value) ? value[0] : value)?.trim();
  };
  let from = get("from");
  let to = get("to");
  if (!from || !to || !isStorableDate(from) || !isStorableDate(to) || daysBetween(from, to) < 0 || daysBetween(from, to) > MAX_RANGE_DAYS) ({ from, to } = defaultAuditRange(today));
  const action = get("action")?.toLowerCase();
  const ref = get("client")?.toUpperCase();
  const before = Number(get("before"));
  return {
    actorId: z.uuid().safeParse(get("actor")).data ?? null,
    action: action && action.length <= 80 && ACTION.test(action) ? action : null,
    clientRef: ref && REFERENCE.test(ref) ? ref : null,
    from,
    to,
    before: Number.isSafeInteger(before) && before > 0 ? before : null,
  };
}

/** The canonical search string (the cursor left out unless asked for). */
export function auditSearch(query: AuditQuery, today: IsoDate, withCursor = false): string {
  const out = new URLSearchParams();
  if (query.actorId) out.set("actor", query.actorId);
  if (query.action) out.set("action", query.action);
  if (query.clientRef) out.set("client", query.clientRef);
  const fallback = defaultAuditRange(today);
  if (query.from !== fallback.from || query.to !== fallback.to) {
    out.set("from", query.from);
    out.set("to", query.to);
  }
  if (withCursor && query.before) out.set("before", String(query.before));
  const text = out.toString();
  return text ? `?${text}` : "";
}
