import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { parseAuditQuery } from "@/lib/audit/query";
import { canEnter } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { csvStream } from "@/lib/csv/csv";
import { notFoundResponse, signInRedirect } from "@/lib/http/route-answers";
import { exportAuditLog } from "@/lib/dal/audit-log";
import { agencyToday } from "@/lib/dal/debts";
import { getAgencySettings } from "@/lib/dal/settings";

// Reads the session and the database on every request.
export const dynamic = "force-dynamic";

/** The filtered audit log as CSV; authorised here, audited in the DAL, formula cells neutralised by lib/csv. */
export async function GET(request: NextRequest): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return signInRedirect(request);
  if (!canEnter(user.role, "supervision")) return notFoundResponse();
  const [today, settings, t] = await Promise.all([agencyToday(), getAgencySettings(), getTranslations("supervision.audit")]);
  const query = parseAuditQuery(request.nextUrl.searchParams, today);
  const rows = await exportAuditLog(user, query, settings.timeZone);
  const stamp = new Intl.DateTimeFormat("sv-SE", { timeZone: settings.timeZone, dateStyle: "short", timeStyle: "medium" });
  const header = [t("at"), t("actor"), t("action"), t("entity"), t("entityId"), t("clientReference"), t("client"), t("details")];
  async function* batches() {
    yield rows.map((r) => [stamp.format(r.at), r.actorName ?? t("system"), r.action, r.entityType, r.entityId, r.clientReference, r.clientName, r.details ? JSON.stringify(r.details) : ""]);
  }
  return new Response(csvStream(header, batches()), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-${query.from}-${query.to}.csv"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
