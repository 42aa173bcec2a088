import { z } from "zod";
import { clientStatuses, type ClientStatus } from "@/db/schema/clients";

/** The only columns the caseload sorts on; each has an index behind it (db/schema/clients.ts). */
export const caseloadSortColumns = ["name", "reference", "status", "updated", "created"] as const;
export type CaseloadSortColumn = (typeof caseloadSortColumns)[number];

export const pageSizes = [25, 50, 100] as const;
export type PageSize = (typeof pageSizes)[number];

export type CaseloadQuery = {
  q: string | null;
  status: ClientStatus[];
  counsellorId: string | null;
  /** Cases whose scheduled review date has passed. */
  reviewOverdue: boolean;
  /** Cases with a debt owed to this creditor. */
  creditorId: string | null;
  sort: { column: CaseloadSortColumn; dir: "asc" | "desc" };
  page: number;
  size: PageSize;
};

export const DEFAULT_SORT: CaseloadQuery["sort"] = { column: "updated", dir: "desc" };
const MAX_PAGE = 10_000;

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function all(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(","));
}

/**
 * One parser per URL filter. A value outside the allow-list is dropped, never passed on; a filter is
 * one entry here plus one clause in lib/dal/client-list.ts.
 */
const filterParsers = {
  status: (raw: string | string[] | undefined) => [...new Set(all(raw).filter((s): s is ClientStatus => (clientStatuses as readonly string[]).includes(s)))],
  counsellorId: (raw: string | string[] | undefined) => z.uuid().safeParse(first(raw)).data ?? null,
  reviewOverdue: (raw: string | string[] | undefined) => first(raw) === "overdue",
  creditorId: (raw: string | string[] | undefined) => z.uuid().safeParse(first(raw)).data ?? null,
};

/** The statuses of a case still being worked on: every one but closed (the team overview's "open cases"). */
export const openStatuses = clientStatuses.filter((s) => s !== "closed");

const sortSchema = z
  .string()
  .regex(/^[a-z]+\.(asc|desc)$/)
  .transform((v) => {
    const [column, dir] = v.split(".") as [string, "asc" | "desc"];
    return { column, dir };
  })
  .pipe(z.object({ column: z.enum(caseloadSortColumns), dir: z.enum(["asc", "desc"]) }));

/** Reads the caseload state from the URL; anything unknown or malformed falls back to the default. */
export function parseCaseloadQuery(params: RawParams): CaseloadQuery {
  const get = (key: string) => (params instanceof URLSearchParams ? (params.getAll(key).length ? params.getAll(key) : undefined) : params[key]);
  // Postgres text cannot hold NUL: a search for one would fail the query instead of finding nothing.
  const q = (first(get("q")) ?? "").replaceAll("\u0000", "").trim().slice(0, 100);
  const size = Number(first(get("size")));
  const page = Number(first(get("page")));
  return {
    q: q === "" ? null : q,
    status: filterParsers.status(get("status")),
    counsellorId: filterParsers.counsellorId(get("counsellor")),
    reviewOverdue: filterParsers.reviewOverdue(get("review")),
    creditorId: filterParsers.creditorId(get("creditor")),
    sort: sortSchema.safeParse(first(get("sort"))).data ?? DEFAULT_SORT,
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
    size: (pageSizes as readonly number[]).includes(size) ? (size as PageSize) : 25,
  };
}

/** The canonical URL search string for a query: defaults are left out, so links stay short. */
export function caseloadSearch(query: CaseloadQuery): string {
  const out = new URLSearchParams();
  if (query.q) out.set("q", query.q);
  if (query.status.length) out.set("status", query.status.join(","));
  if (query.counsellorId) out.set("counsellor", query.counsellorId);
  if (query.reviewOverdue) out.set("review", "overdue");
  if (query.creditorId) out.set("creditor", query.creditorId);
  if (query.sort.column !== DEFAULT_SORT.column || query.sort.dir !== DEFAULT_SORT.dir) out.set("sort", `${query.sort.column}.${query.sort.dir}`);
  if (query.page > 1) out.set("page", String(query.page));
  if (query.size !== 25) out.set("size", String(query.size));
  const text = out.toString();
  return text ? `?${text}` : "";
}

/** How the search box is read: digits search phone endings and references, text searches names. */
export function searchTerms(q: string): { text: string; digits: string | null; reference: string } {
  const digits = q.replace(/[\s()\-+.]/g, "");
  return {
    text: q.toLowerCase(),
    digits: /^\d{3,}$/.test(digits) ? digits : null,
    reference: q.toUpperCase(),
  };
}

/** The caseload of one counsellor's open cases (every status but closed): what the team overview counts. */
export function openCasesHref(counsellorId: string): string {
  return `/clients${caseloadSearch({ q: null, status: openStatuses, counsellorId, reviewOverdue: false, creditorId: null, sort: DEFAULT_SORT, page: 1, size: 25 })}`;
}
