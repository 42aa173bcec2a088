import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { SimpleTable } from "@/components/ui/simple-table";
import { dateFormat } from "@/lib/i18n/formats";
import type { AuditRow } from "@/lib/dal/audit-log";

/** Details as compact JSON, cut short: the row already holds no secrets (see lib/dal/audit.ts callers). */
export function detailsText(details: Record<string, unknown> | null, max = 240): string {
  if (!details) return "";
  const text = JSON.stringify(details);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export async function AuditTable({ rows, timeZone, locale }: { rows: AuditRow[]; timeZone: string; locale: string }) {
  const t = await getTranslations("supervision.audit");
  const when = dateFormat(locale, { dateStyle: "medium", timeStyle: "medium", timeZone });
  return (
    <Card className="p-0">
      <SimpleTable
        caption={t("caption")}
        captionHidden
        rows={rows}
        rowKey={(row) => String(row.id)}
        columns={[
          { key: "at", header: t("at"), className: "whitespace-nowrap", cell: (row) => when.format(row.at) },
          { key: "actor", header: t("actor"), cell: (row) => row.actorName ?? t("system") },
          {
            key: "action",
            header: t("action"),
            rowHeader: true,
            className: "font-mono text-xs font-normal",
            // Action codes are identifiers, not interface text.
            cell: (row) => (
              <span translate="no">
                {row.action}
                <span className="block text-ink-muted">{row.entityType}</span>
              </span>
            ),
          },
          {
            key: "client",
            header: t("client"),
            cell: (row) =>
              row.clientId ? (
                <Link href={`/clients/${row.clientId}/timeline`} className="text-brand-700 underline">
                  {row.clientName} <span className="text-ink-muted">{row.clientReference}</span>
                </Link>
              ) : (
                "—"
              ),
          },
          { key: "details", header: t("details"), className: "max-w-md break-words font-mono text-xs", cell: (row) => detailsText(row.details) },
        ]}
      />
    </Card>
  );
}
