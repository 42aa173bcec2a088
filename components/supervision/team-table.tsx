import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { clientStatuses } from "@/db/schema/clients";
import type { TeamRow } from "@/lib/dal/team";

const numeric = "px-3 py-2 text-right tabular-nums";

/** One row per counsellor: workload and the things waiting on them, each linking to the list behind it. */
export async function TeamTable({ rows, showSupervisor }: { rows: TeamRow[]; showSupervisor: boolean }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const format = new Intl.NumberFormat(locale);
  return (
    <Card className="overflow-x-auto p-0">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("supervision.team.caption")}</caption>
        <thead className="border-b border-line bg-canvas">
          <tr>
            <th scope="col" className="px-3 py-2">{t("supervision.team.counsellor")}</th>
            {showSupervisor ? <th scope="col" className="px-3 py-2">{t("supervision.team.supervisor")}</th> : null}
            <th scope="col" className="px-3 py-2">{t("supervision.team.openCases")}</th>
            <th scope="col" className={numeric}>{t("supervision.team.overdueReviews")}</th>
            <th scope="col" className={numeric}>{t("supervision.team.documentsWaiting")}</th>
            <th scope="col" className={numeric}>{t("supervision.team.agreementsThisMonth")}</th>
            <th scope="col" className={numeric}>{t("supervision.team.unconfirmed")}</th>
            <th scope="col" className="px-3 py-2">{t("common.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.counsellorId} className="border-b border-line align-top last:border-0">
              <th scope="row" className="px-3 py-2 font-medium">{row.name}</th>
              {showSupervisor ? <td className="px-3 py-2">{row.supervisorName ?? "—"}</td> : null}
              <td className="px-3 py-2">
                <Link href={`/clients?counsellor=${row.counsellorId}`} className="font-semibold text-brand-700 underline">
                  {t("supervision.team.openTotal", { count: row.openTotal })}
                </Link>
                <span className="block text-xs text-ink-muted">
                  {clientStatuses
                    .filter((s) => row.open[s])
                    .map((s) => `${t(`clientStatus.${s}`)} ${format.format(row.open[s]!)}`)
                    .join(" · ")}
                </span>
              </td>
              <td className={numeric}>{format.format(row.overdueReviews)}</td>
              <td className={numeric}>{format.format(row.documentsWaiting)}</td>
              <td className={numeric}>{format.format(row.agreementsThisMonth)}</td>
              <td className={numeric}>{format.format(row.unconfirmedAgreements)}</td>
              <td className="px-3 py-2">
                <Link href={`/supervision?from=${row.counsellorId}#reassign`} className="text-brand-700 underline" aria-label={t("supervision.team.reassignLabel", { name: row.name })}>
                  {t("supervision.team.reassign")}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
