import "server-only";
import { and, asc, eq, isNotNull, isNull, lt } from "drizzle-orm";
import { db } from "@/db/client";
import { clients, documentRequests, documents } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { isStaff } from "@/lib/auth/permissions";
import { orderDueItems } from "@/lib/dashboard/order";
import { DUE_WINDOW_DAYS, SECTION_CAP, WAITING_OVERDUE_DAYS, type DashboardItem, type DashboardSection } from "@/lib/dashboard/sections";
import { addDays } from "@/lib/finance";
import { visibleClientIds } from "./access";
import { listNextActionsDue, listUnconfirmedAgreements } from "./negotiations";
import { listPausesEndingSoon } from "./pauses";
import { listMissedInstalments } from "./plans";
import { listDueReviews } from "./reviews";
import { getAgencySettings } from "./settings";
import { instantToAgencyDate } from "@/lib/validation/agency-time";

type Scope = Pick<SessionUser, "id" | "role"> & Partial<SessionUser>;

const base = (clientId: string, tab = "") => `/clients/${clientId}${tab ? `/${tab}` : ""}`;

async function documentsAwaitingReview(user: Scope, today: string, timeZone: string): Promise<DashboardItem[]> {
  const rows = await db()
    .select({ id: documents.id, clientId: documents.clientId, clientName: clients.fullName, title: documents.originalName, uploadedAt: documents.uploadedAt })
    .from(documents)
    .innerJoin(clients, eq(clients.id, documents.clientId))
    .where(and(eq(documents.reviewStatus, "pending"), isNull(documents.deletedAt), visibleClientIds(documents.clientId, user)))
    .orderBy(asc(documents.uploadedAt))
    .limit(SECTION_CAP);
  const stale = addDays(today, -WAITING_OVERDUE_DAYS);
  return rows.map((r) => {
    const dueOn = instantToAgencyDate(r.uploadedAt, timeZone);
    return { section: "documents", id: r.id, clientId: r.clientId, clientName: r.clientName, title: r.title, dueOn, overdue: dueOn < stale, href: base(r.clientId, "documents") };
  });
}

async function overdueRequests(user: Scope, today: string): Promise<DashboardItem[]> {
  const rows = await db()
    .select({ id: documentRequests.id, clientId: documentRequests.clientId, clientName: clients.fullName, title: documentRequests.title, dueOn: documentRequests.dueDate })
    .from(documentRequests)
    .innerJoin(clients, eq(clients.id, documentRequests.clientId))
    .where(and(eq(documentRequests.status, "open"), isNotNull(documentRequests.dueDate), lt(documentRequests.dueDate, today), visibleClientIds(documentRequests.clientId, user)))
    .orderBy(asc(documentRequests.dueDate))
    .limit(SECTION_CAP);
  return rows.map((r) => ({ section: "requests", ...r, overdue: true, href: base(r.clientId, "documents") }));
}

/**
 * The items of one dashboard section for the user's visible clients (own, team or all), in the
 * dashboard's order. Also what the daily job turns into notifications and the digest.
 */
export async function listDashboardSection(user: Scope, section: DashboardSection): Promise<DashboardItem[]> {
  if (!isStaff(user.role)) return [];
  const { timeZone } = await getAgencySettings();
  const today = instantToAgencyDate(new Date(), timeZone);
  const session = user as SessionUser;
  switch (section) {
    case "reviews": {
      const rows = await listDueReviews(session, today, addDays(today, DUE_WINDOW_DAYS));
      return orderDueItems(rows.map((r) => ({ section, id: r.reviewId, clientId: r.clientId, clientName: r.clientName, dueOn: r.dueOn, overdue: r.overdue, href: base(r.clientId, "reviews") })));
    }
    case "documents":
      return orderDueItems(await documentsAwaitingReview(user, today, timeZone));
    case "requests":
      return orderDueItems(await overdueRequests(user, today));
    case "nextActions": {
      const rows = await listNextActionsDue(session, DUE_WINDOW_DAYS);
      return orderDueItems(
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
      const rows = await listMissedInstalments(session);
      return orderDueItems(
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
      const rows = await listUnconfirmedAgreements(session);
      const stale = addDays(today, -WAITING_OVERDUE_DAYS);
      return orderDueItems(
        rows.map((r) => {
          const dueOn = instantToAgencyDate(r.contactedAt, timeZone);
          return { section, id: r.id, clientId: r.clientId, clientName: r.clientName, creditorEn: r.creditorNameEn, creditorZh: r.creditorNameZh, dueOn, overdue: dueOn < stale, href: base(r.clientId, "negotiations") };
        }),
      );
    }
    case "pauses": {
      const rows = await listPausesEndingSoon(session, DUE_WINDOW_DAYS);
      return orderDueItems(
        rows.map((r) => ({ section, id: r.id, clientId: r.clientId, clientName: r.clientName, creditorEn: r.creditorNameEn, creditorZh: r.creditorNameZh, dueOn: r.endDate, overdue: false, href: base(r.clientId, "negotiations") })),
      );
    }
  }
}

