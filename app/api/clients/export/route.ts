import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { isStaff } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { parseCaseloadQuery } from "@/lib/clients/caseload-query";
import { csvStream } from "@/lib/csv/csv";
import { notFoundResponse, signInRedirect } from "@/lib/http/route-answers";
import { exportClients, type CaseloadRow } from "@/lib/dal/client-list";
import { getAgencySettings } from "@/lib/dal/settings";

// Reads the session and the database on every request.
export const dynamic = "force-dynamic";

/** CSV of the caseload with the same filters and order as the table; authorised here, not by the proxy. */
export async function GET(request: NextRequest): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return signInRedirect(request);
  if (!isStaff(user.role)) return notFoundResponse();
  const query = parseCaseloadQuery(request.nextUrl.searchParams);
  const [t, settings] = await Promise.all([getTranslations(), getAgencySettings()]);
  const stamp = new Intl.DateTimeFormat("sv-SE", { timeZone: settings.timeZone, dateStyle: "short", timeStyle: "short" });
  const header = ["reference", "name", "phone", "email", "status", "counsellor", "created", "updated"].map((c) => t(`clients.csv.${c}`));
  const batches = await exportClients(user, query);
  async function* rows() {
    for await (const batch of batches) {
      yield batch.map((r: CaseloadRow) => [
        r.reference,
        r.fullName,
        r.phone,
        r.email,
        t(`clientStatus.${r.status}`),
        r.counsellorName,
        stamp.format(r.createdAt),
        stamp.format(r.updatedAt),
      ]);
    }
  }
  const day = stamp.format(new Date()).slice(0, 10);
  return new Response(csvStream(header, rows()), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="clients-${day}.csv"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
