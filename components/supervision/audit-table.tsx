import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { AuditRow } from "@/lib/dal/audit-log";

/** Details as compact JSON, cut short: the row already holds no secrets (see lib/dal/audit.ts callers). */
export function detailsText(details: Record<string, unknown> | null, max = 240): string {
  if (!details) return "";
  const text = JSON.stringify(details);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export async function AuditTable({ rows, timeZone, locale }: { rows: AuditRow[]; timeZone: string; locale: string }) {
  const t = await getTranslations("supervision.audit");
  const when = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "medium", timeZone });
  return (
    <Card className="overflow-x-auto p-0">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="border-b border-line bg-canvas">
          <tr>
            <th scope="col" className="px-3 py-2">{t("at")}</th>
            <th scope="col" className="px-3 py-2">{t("actor")}</th>
            <th scope="col" className="px-3 py-2">{t("action")}</th>
            <th scope="col" className="px-3 py-2">{t("client")}</th>
            <th scope="col" className="px-3 py-2">{t("details")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-line align-top last:border-0">
              <td className="whitespace-nowrap px-3 py-2">{when.format(row.at)}</td>
              <td className="px-3 py-2">{row.actorName ?? t("system")}</td>
              <th scope="row" className="px-3 py-2 font-mono text-xs font-normal" translate="no">
                {row.action}
                <span className="block text-ink-muted">{row.entityType}</span>
              </th>
              <td className="px-3 py-2">
                {row.clientId ? (
                  <Link href={`/clients/${row.clientId}/timeline`} className="text-brand-700 underline">
                    {row.clientName} <span className="text-ink-muted">{row.clientReference}</span>
                  </Link>
                ) : (
                  "—"
                )}
              </td>
              <td className="max-w-md break-words px-3 py-2 font-mono text-xs">{detailsText(row.details)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
