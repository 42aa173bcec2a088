import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChecklistForm } from "@/components/documents/checklist-form";
import { PurgeButton } from "@/components/documents/purge-button";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { documentKinds, evidenceRequestTypes } from "@/db/schema/documents";
import { requireArea } from "@/lib/auth/session";
import { retentionDays } from "@/lib/documents/limits";
import { countPurgeableDocuments } from "@/lib/dal/document-purge";
import { getEvidenceChecklist } from "@/lib/dal/evidence";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("documents.evidence"))("title") };
}

async function EvidenceChecklistPage() {
  const user = await requireArea("admin");
  const [t, checklist, purge] = await Promise.all([getTranslations("documents.evidence"), getEvidenceChecklist(user), countPurgeableDocuments(user)]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("intro")} />
      <div className="grid gap-4 lg:grid-cols-2">
        {evidenceRequestTypes.map((type) => (
          <Card key={type} aria-labelledby={`type-${type}`}>
            <h2 id={`type-${type}`} className="sr-only">
              {t(`requestTypes.${type}`)}
            </h2>
            <ChecklistForm requestType={type} kinds={documentKinds} selected={checklist[type]} />
          </Card>
        ))}
      </div>
      <Card aria-labelledby="purge-heading" className="space-y-3">
        <CardHeader id="purge-heading" title={t("purgeHeading")} />
        <p>{t("purgeBody", { count: purge.purgeable, days: retentionDays() })}</p>
        {purge.kept ? <p>{t("purgeKept", { count: purge.kept })}</p> : null}
        <PurgeButton count={purge.purgeable} />
      </Card>
    </div>
  );
}

export default withClientMessages(["documents"], EvidenceChecklistPage);
