import type { NextRequest } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { analyticsCsvRows, CSV_COLUMNS } from "@/lib/analytics/csv";
import { labelledSections } from "@/lib/analytics/sections";
import { canEnter } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { csvStream } from "@/lib/csv/csv";
import { notFoundResponse, signInRedirect } from "@/lib/http/route-answers";
import { exportOutcomeReport } from "@/lib/dal/analytics";
import { analyticsContext } from "@/lib/dal/analytics-scope";

// Reads the session and the database on every request.
export const dynamic = "force-dynamic";

/**
 * The analytics screen as CSV: the same query, the same figures and the same rounding (both go
 * through lib/analytics/csv.ts figureText). Authorised here, not by the proxy; the export is audited.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return signInRedirect(request);
  if (!canEnter(user.role, "supervision")) return notFoundResponse();
  const { settings, query } = await analyticsContext(request.nextUrl.searchParams);
  const filters = { ...query, outcome: null, page: 1 };
  const locale = await getLocale();
  const [t, report] = await Promise.all([getTranslations(), exportOutcomeReport(user, filters, settings.timeZone, locale)]);
  const sections = labelledSections(report, t, locale);
  const lines = analyticsCsvRows(sections, { title: t("supervision.analytics.sections.waived"), rows: report.waived }, locale, t("supervision.analytics.csv.tooFew"));
  const header = CSV_COLUMNS.map((c) => t(`supervision.analytics.csv.${c}`));
  async function* rows() {
    yield lines;
  }
  return new Response(csvStream(header, rows()), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="outcomes-${query.from}-${query.to}.csv"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
