import "server-only";
import { and, asc, eq, isNotNull, isNull, lt } from "drizzle-orm";
import { db } from "@/db/client";
import { clients, documentRequests, documents } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { isStaff } from "@/lib/auth/permissions";
import { orderDueItems } from "@/lib/dashboard/order";
import { DUE_WINDOW_DAYS, SECTION_CAP, WAITING_OVERDUE_DAYS, type DashboardItem, type DashboardSection } from "@/lib/dashboard/sections";
import { addDays } from "@/lib/finance";
import { visibleClientIds, visibleClientOf } from "./access";
import { sectionCut } from "./section-cut";
import { listNextActionsDue, listUnconfirmedAgreements } from "./negotiations";
import { listPausesEndingSoon } from "./pauses";
import { listMissedInstalments } from "./missed-instalments";
import { listDueReviews } from "./reviews";
import { getAgencySettings } from "./settings";
import { instantToAgencyDate } from "@/lib/validation/agency-time";

type Scope = Pick<SessionUser, "id" | "role"> & Partial<SessionUser>;

const base = (clientId: string, tab = "") => `/clients/${clientId}${tab ? `/${tab}` : ""}`;

// Each section picks its rows on the child table alone (visibleClientIds needs no join) and joins
// only those it shows to their client's name (`sectionCut`): joining every candidate first cost a
// client look-up per candidate, most of them cut by the limit.
async function documentsAwaitingReview(user: Scope, today: string, timeZone: string, limit: number): Promise<Section> {
  const pending = db()
    .$with("pending")
    .as(
      db()
        .select({ id: documents.id, clientId: documents.clientId, title: documents.originalName, uploadedAt: documents.uploadedAt })
        .from(documents)
        .where(and(eq(documents.reviewStatus, "pending"), isNull(documents.deletedAt), visibleClientIds(documents.clientId, user)))
        .orderBy(asc(documents.uploadedAt), asc(documents.id))
        .limit(SECTION_CAP),
    );
  const cut = sectionCut(pending, pending.uploadedAt, pending.id, limit, timeZone);
  const rows = await db()
    .with(pending)
    .select({ id: pending.id, clientId: pending.clientId, clientName: clients.fullName, title: pending.title, uploadedAt: pending.uploadedAt, total: cut.total })
    .from(pending)
    .innerJoin(clients, visibleClientOf(pending.clientId, user))
    .where(cut.shown);
  const stale = addDays(today, -WAITING_OVERDUE_DAYS);
  return toSection(
    rows,
    rows.map((r) => {
      const dueOn = instantToAgencyDate(r.uploadedAt, timeZone);
      return { section: "documents", id: r.id, clientId: r.clientId, clientName: r.clientName, title: r.title, dueOn, overdue: dueOn < stale, href: base(r.clientId, "documents") };
    }),
  );
}

async function overdueRequests(user: Scope, today: string, limit: number): Promise<Section> {
  const open = db()
    .$with("open")
    .as(
      db()
        .select({ id: documentRequests.id, clientId: documentRequests.clientId, title: documentRequests.title, dueOn: documentRequests.dueDate })
        .from(documentRequests)
        .where(and(eq(documentRequests.status, "open"), isNotNull(documentRequests.dueDate), lt(documentRequests.dueDate, today), visibleClientIds(documentRequests.clientId, user)))
        .orderBy(asc(documentRequests.dueDate), asc(documentRequests.id))
        .limit(SECTION_CAP),
    );
  const cut = sectionCut(open, open.dueOn, open.id, limit);
  const rows = await db()
    .with(open)
    .select({ id: open.id, clientId: open.clientId, clientName: clients.fullName, title: open.title, dueOn: open.dueOn, total: cut.total })
    .from(open)
    .innerJoin(clients, visibleClientOf(open.clientId, user))
    .where(cut.shown);
  return toSection(
    rows,
    rows.map((r) => ({ section: "requests", id: r.id, clientId: r.clientId, clientName: r.clientName, title: r.title, dueOn: r.dueOn, overdue: true, href: base(r.clientId, "documents") })),
  );
}

/**
 * A section's items in the dashboard's order, and how many it has in all (up to SECTION_CAP; a
 * section read with a limit holds fewer items than that).
 */
export type Section = { items: DashboardItem[]; total: number };

function toSection(rows: readonly { total: number }[], items: DashboardItem[]): Section {
  return { items: orderDueItems(items), total: rows[0]?.total ?? 0 };
}

/**
 * The items of one dashboard section for the user's visible clients (own, team or all), in the
 * dashboard's order, and their number. Also what the daily job turns into notifications and the
 * digest. `limit`: a collapsed section's length — at least that many items (all of them when there
 * are fewer) come back, the first in order; without it, up to SECTION_CAP.
 */
export async function listDashboardSection(user: Scope, section: DashboardSection, limit = SECTION_CAP): Promise<Section> {
  if (!isStaff(user.role)) return { items: [], total: 0 };
  const { timeZone } = await getAgencySettings();
  const today = instantToAgencyDate(new Date(), timeZone);
  const session = user as SessionUser;
  switch (section) {
    case "reviews": {
      const rows = await listDueReviews(session, today, addDays(today, DUE_WINDOW_DAYS), limit);
      return toSection(rows, rows.map((r) => ({ section, id: r.reviewId, clientId: r.clientId, clientName: r.clientName, dueOn: r.dueOn, overdue: r.overdue, href: base(r.clientId, "reviews") })));
    }
    case "documents":
      return documentsAwaitingReview(user, today, timeZone, limit);
    case "requests":
      return overdueRequests(user, today, limit);
    case "nextActions": {
      const rows = await listNextActionsDue(session, DUE_WINDOW_DAYS, limit);
      return toSection(
        rows,
        rows.map((r) => ({
          section,
          id: r.id,
          clientId: r.clientId,
          clientName: r.clientName,
          creditorEn: r.creditorNameEn,
          creditorZh: r.creditorNameZh,
          dueOn: r.nextActionDate,
          overdue: r.nextActionDate !== null && r.nextActionDate < today,
          href: base(r.clientId, "negotiations"),
        })),
      );
    }
    case "instalments": {
      const rows = await listMissedInstalments(session, limit);
      return toSection(
        rows,
        rows.map((r) => ({
          section,
          id: r.id,
          clientId: r.clientId,
          clientName: r.clientName,
          creditorEn: r.creditorNameEn,
          creditorZh: r.creditorNameZh,
          number: r.number,
          amountMinor: Number(r.amountDue) - Number(r.amountPaid),
          currency: r.currency,
          dueOn: r.dueDate,
          overdue: true,
          href: base(r.clientId, "plans"),
        })),
      );
    }
    case "agreements": {
      const rows = await listUnconfirmedAgreements(session, limit);
      const stale = addDays(today, -WAITING_OVERDUE_DAYS);
      return toSection(
        rows,
        rows.map((r) => {
          const dueOn = instantToAgencyDate(r.contactedAt, timeZone);
          return { section, id: r.id, clientId: r.clientId, clientName: r.clientName, creditorEn: r.creditorNameEn, creditorZh: r.creditorNameZh, dueOn, overdue: dueOn < stale, href: base(r.clientId, "negotiations") };
        }),
      );
    }
    case "pauses": {
      const rows = await listPausesEndingSoon(session, DUE_WINDOW_DAYS, limit);
      return toSection(
        rows,
        rows.map((r) => ({ section, id: r.id, clientId: r.clientId, clientName: r.clientName, creditorEn: r.creditorNameEn, creditorZh: r.creditorNameZh, dueOn: r.endDate, overdue: false, href: base(r.clientId, "negotiations") })),
      );
    }
  }
}
