import { numberFormat } from "@/lib/i18n/formats";
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { SimpleTable, type SimpleColumn } from "@/components/ui/simple-table";
import { clientStatuses } from "@/db/schema/clients";
import { openCasesHref } from "@/lib/clients/caseload-query";
import type { TeamRow } from "@/lib/dal/team";

/** One row per counsellor: workload and the things waiting on them, each linking to the list behind it. */
export async function TeamTable({ rows, showSupervisor }: { rows: TeamRow[]; showSupervisor: boolean }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const format = numberFormat(locale);
  const count = (key: string, header: string, value: (row: TeamRow) => number): SimpleColumn<TeamRow> => ({ key, header, align: "end", cell: (row) => format.format(value(row)) });
  const columns: SimpleColumn<TeamRow>[] = [
    {
      key: "name",
      header: t("supervision.team.counsellor"),
      rowHeader: true,
      cell: (row) =>
        row.active ? (
          row.name
        ) : (
          <>
            {row.name} <Badge tone="warning">{t("supervision.team.deactivated")}</Badge>
            <span className="block text-xs text-ink-muted">{t("supervision.team.deactivatedHint")}</span>
          </>
        ),
    },
    ...(showSupervisor ? [{ key: "supervisor", header: t("supervision.team.supervisor"), cell: (row: TeamRow) => row.supervisorName ?? "—" }] : []),
    {
      key: "open",
      header: t("supervision.team.openCases"),
      cell: (row) => (
        <>
          <Link href={openCasesHref(row.counsellorId)} className="font-semibold text-brand-700 underline">
            {t("supervision.team.openTotal", { count: row.openTotal })}
          </Link>
          <span className="block text-xs text-ink-muted">
            {clientStatuses
              .filter((s) => row.open[s])
              .map((s) => `${t(`clientStatus.${s}`)} ${format.format(row.open[s]!)}`)
              .join(" · ")}
          </span>
        </>
      ),
    },
    count("overdue", t("supervision.team.overdueReviews"), (row) => row.overdueReviews),
    count("documents", t("supervision.team.documentsWaiting"), (row) => row.documentsWaiting),
    count("agreements", t("supervision.team.agreementsThisMonth"), (row) => row.agreementsThisMonth),
    count("unconfirmed", t("supervision.team.unconfirmed"), (row) => row.unconfirmedAgreements),
    {
      key: "actions",
      header: t("common.actions"),
      cell: (row) => (
        <Link href={`/supervision?from=${row.counsellorId}#reassign`} className="text-brand-700 underline" aria-label={t("supervision.team.reassignLabel", { name: row.name })}>
          {t("supervision.team.reassign")}
        </Link>
      ),
    },
  ];
  return (
    <Card className="p-0">
      <SimpleTable caption={t("supervision.team.caption")} captionHidden rows={rows} rowKey={(row) => row.counsellorId} columns={columns} />
    </Card>
  );
}
