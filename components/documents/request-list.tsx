import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { documentRequestStatusTone } from "@/components/ui/status-tones";
import type { DocumentRequestRow } from "@/lib/dal/document-requests";
import { CancelRequestButton } from "./cancel-request-button";

type Props = { requests: DocumentRequestRow[]; staff?: { clientId: string }; uploadHref?: (requestId: string) => string };

/** Open requests (overdue ones flagged) and what became of earlier ones; for staff and the portal. */
export async function RequestList({ requests, staff, uploadHref }: Props) {
  const [t, format] = await Promise.all([getTranslations("documents"), getFormatter()]);
  return (
    <ul className="divide-y divide-line">
      {requests.map((request) => (
        <li key={request.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
          <div className="min-w-0 space-y-1">
            <p className="font-medium break-words">{request.title}</p>
            <p className="text-sm text-ink-muted">
              {t(`kinds.${request.kind}`)} ·{" "}
              {request.dueDate ? t("requests.dueOn", { date: format.dateTime(new Date(`${request.dueDate}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }) }) : t("requests.noDue")}
              {staff ? "" : ` · ${t("requests.requestedBy", { name: request.requestedByName })}`}
            </p>
            {request.note ? <p className="text-sm break-words">{request.note}</p> : null}
            <div className="flex flex-wrap gap-2">
              <Badge tone={documentRequestStatusTone[request.status]}>{t(`requests.statuses.${request.status}`)}</Badge>
              {request.overdue ? <Badge tone={documentRequestStatusTone.overdue}>{t("requests.overdue")}</Badge> : null}
            </div>
          </div>
          {request.status === "open" && staff ? <CancelRequestButton clientId={staff.clientId} requestId={request.id} title={request.title} /> : null}
          {request.status === "open" && uploadHref ? (
            <Link href={uploadHref(request.id)} className="inline-flex min-h-11 items-center text-brand-700 underline">
              {t("requests.uploadFor")}
              <span className="sr-only"> — {request.title}</span>
            </Link>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
