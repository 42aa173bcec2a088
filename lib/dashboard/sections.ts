import type { Orderable } from "./order";

export const dashboardSections = ["reviews", "documents", "requests", "nextActions", "instalments", "agreements", "pauses"] as const;
export type DashboardSection = (typeof dashboardSections)[number];

export function isDashboardSection(value: unknown): value is DashboardSection {
  return typeof value === "string" && (dashboardSections as readonly string[]).includes(value);
}

/** One line on the dashboard (and in the digest): who, what, when, and the one place to act on it. */
export type DashboardItem = Orderable & {
  section: DashboardSection;
  clientId: string;
  href: string;
  creditorEn?: string | null;
  creditorZh?: string | null;
  /** A file name or a request title. */
  title?: string | null;
  /** Instalment number. */
  number?: number | null;
  amountMinor?: number | null;
  currency?: string | null;
};

/** Items shown per section before the "n more" link. */
export const SECTION_LIMIT = 10;
/**
 * Items read per section (and shown when a section is expanded). A section that comes back this
 * full may hold more: it says "100+", not a count it does not know.
 */
export const SECTION_CAP = 100;
/** Upcoming window for reviews, next actions and pauses: today plus this many days. */
export const DUE_WINDOW_DAYS = 7;
/** A document waiting longer than this for a decision, or an oral agreement unconfirmed longer, counts as overdue. */
export const WAITING_OVERDUE_DAYS = 7;
