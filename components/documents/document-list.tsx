import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { documentStatusTone } from "@/components/ui/status-tones";
import { PREVIEWABLE_TYPES } from "@/lib/documents/limits";
import type { DocumentRow } from "@/lib/dal/documents";
import { displayStatus, formatSize } from "./format";
import { PreviewButton } from "./preview-button";
import { ReviewActions } from "./review-actions";

type Props = { documents: DocumentRow[]; caption: string; staff?: { clientId: string; openRequests?: { id: string; title: string }[] } };

/** Documents with their review state; staff get the review actions, the client sees decisions and reasons. */
export async function DocumentList({ documents, caption, staff }: Props) {
  const [t, tc, format, locale] = await Promise.all([getTranslations("documents"), getTranslations("common"), getFormatter(), getLocale()]);
  if (!documents.length) {
    return (
      <EmptyState title={t("empty.title")} as="h3">
        {staff ? t("empty.staff") : t("empty.portal")}
      </EmptyState>
    );
  }
  return (
    <Card className="overflow-x-auto p-0">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-line bg-canvas">
          <tr>
            <th scope="col" className="px-4 py-3">{t("table.name")}</th>
            <th scope="col" className="px-4 py-3">{t("table.kind")}</th>
            <th scope="col" className="px-4 py-3">{t("table.uploaded")}</th>
            <th scope="col" className="px-4 py-3">{t("table.status")}</th>
            {staff ? <th scope="col" className="px-4 py-3">{tc("actions")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {documents.map((doc) => {
            const status = displayStatus(doc);
            return (
              <tr key={doc.id} className="border-b border-line align-top last:border-0">
                <th scope="row" className="max-w-72 px-4 py-3 font-medium">
                  <span className="block break-all">{doc.originalName}</span>
                  <span className="block font-normal text-ink-muted">{formatSize(doc.sizeBytes, locale)}</span>
                  {doc.requestTitle ? <span className="block font-normal text-ink-muted">{t("table.forRequest", { title: doc.requestTitle })}</span> : null}
                  {status !== "withdrawn" ? (
                    <span className="mt-1 flex flex-wrap items-start gap-2 font-normal">
                      <a href={`/api/documents/${doc.id}`} className="inline-flex min-h-10 items-center text-brand-700 underline" download>
                        {t("download")}
                        <span className="sr-only"> — {doc.originalName}</span>
                      </a>
                      {PREVIEWABLE_TYPES.includes(doc.mimeType) ? <PreviewButton documentId={doc.id} name={doc.originalName} mimeType={doc.mimeType} /> : null}
                    </span>
                  ) : null}
                </th>
                <td className="px-4 py-3">{t(`kinds.${doc.kind}`)}</td>
                <td className="px-4 py-3">
                  {format.dateTime(doc.uploadedAt, { dateStyle: "medium", timeStyle: "short" })}
                  {staff ? <span className="block text-ink-muted">{doc.uploadedByName}</span> : null}
                </td>
                <td className="space-y-1 px-4 py-3">
                  <Badge tone={documentStatusTone[status]}>{t(`status.${status}`)}</Badge>
                  {status === "rejected" && doc.rejectionReason ? <p className="max-w-64 break-words">{t("reason", { reason: doc.rejectionReason })}</p> : null}
                  {status === "withdrawn" ? (
                    <p className="max-w-64 break-words text-ink-muted">
                      {staff ? t("withdrawnStaff", { reason: doc.deletionReason ?? "" }) : t("withdrawnNote")}
                    </p>
                  ) : null}
                </td>
                {staff ? (
                  <td className="px-4 py-3">
                    {status !== "withdrawn" ? (
                      <ReviewActions
                        clientId={staff.clientId}
                        documentId={doc.id}
                        name={doc.originalName}
                        status={doc.reviewStatus}
                        openRequests={doc.requestTitle === null ? staff.openRequests : undefined}
                      />
                    ) : null}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </Card>
  );
}
