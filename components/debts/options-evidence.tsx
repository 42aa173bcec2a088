import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Badge, type Tone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField } from "@/components/ui/field";
import { documentStatusTone } from "@/components/ui/status-tones";
import { evidenceRequestTypes } from "@/db/schema/documents";
import type { EvidenceReadiness, ReadinessItem } from "@/lib/dal/evidence";
import { formatDay } from "@/lib/i18n/dates";

type Props = {
  readiness: EvidenceReadiness;
  clientId: string;
  locale: string;
  /** The page's other search params, so choosing a request type keeps the compared figures. */
  keep: Record<string, string>;
};

const tone: Record<ReadinessItem["state"], Tone> = { accepted: documentStatusTone.accepted, pending: documentStatusTone.pending, missing: "danger" };

/**
 * The evidence the request being prepared usually needs (the admin's checklist), what of it is
 * accepted, and for the rest a way to act: review what is waiting, or ask the client for it.
 */
export async function OptionsEvidence({ readiness, clientId, locale, keep }: Props) {
  const t = await getTranslations();
  const type = t(`documents.evidence.requestTypes.${readiness.requestType}`);
  const accepted = readiness.items.filter((i) => i.state === "accepted").length;
  const documentsPage = `/clients/${clientId}/documents`;
  const action = (item: ReadinessItem) => {
    const kind = <span className="sr-only"> — {t(`documents.kinds.${item.kind}`)}</span>;
    if (item.state === "accepted") return null;
    if (item.state === "pending") {
      return (
        <Link href={`${documentsPage}#documents-heading`} className="text-brand-700 underline">
          {t("debtOptions.evidence.review")}
          {kind}
        </Link>
      );
    }
    if (item.requested) {
      return (
        <span>
          {item.requested.dueDate ? t("debtOptions.evidence.requestedDue", { date: formatDay(item.requested.dueDate, locale) }) : t("debtOptions.evidence.requested")}{" "}
          <Link href={`${documentsPage}#requests-heading`} className="text-brand-700 underline">
            {t("debtOptions.evidence.seeRequest")}
            {kind}
          </Link>
        </span>
      );
    }
    return (
      <Link href={`${documentsPage}?kind=${item.kind}#request-title`} className="text-brand-700 underline">
        {t("debtOptions.evidence.ask")}
        {kind}
      </Link>
    );
  };
  return (
    <Card aria-labelledby="evidence-heading" className="space-y-3">
      <h3 id="evidence-heading" className="text-lg font-semibold">
        {t("debtOptions.evidence.title")}
      </h3>
      <form method="get" className="flex flex-wrap items-end gap-3" aria-labelledby="evidence-heading">
        {Object.entries(keep).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <SelectField id="opt-evidence" name="evidenceFor" label={t("debtOptions.evidence.requestType")} defaultValue={readiness.requestType}>
          {evidenceRequestTypes.map((option) => (
            <option key={option} value={option}>
              {t(`documents.evidence.requestTypes.${option}`)}
            </option>
          ))}
        </SelectField>
        <Button type="submit" variant="secondary">
          {t("debtOptions.evidence.show")}
        </Button>
      </form>
      {readiness.items.length === 0 ? (
        <p className="text-ink-muted">{t("debtOptions.evidence.noneNeeded", { type })}</p>
      ) : (
        <>
          <p className={readiness.ready ? "font-medium text-success-fg" : "font-medium"}>
            {readiness.ready ? t("debtOptions.evidence.ready", { type }) : t("debtOptions.evidence.progress", { type, accepted, total: readiness.items.length })}
          </p>
          <ul className="divide-y divide-line" aria-label={t("debtOptions.evidence.listLabel", { type })}>
            {readiness.items.map((item) => (
              <li key={item.kind} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
                <span className="min-w-48 font-medium">{t(`documents.kinds.${item.kind}`)}</span>
                <Badge tone={tone[item.state]}>{t(`documents.evidence.readiness.${item.state}`)}</Badge>
                {action(item)}
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
