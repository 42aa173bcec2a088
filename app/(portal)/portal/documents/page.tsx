import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DocumentList } from "@/components/documents/document-list";
import { RequestList } from "@/components/documents/request-list";
import { UploadPanel } from "@/components/documents/upload-panel";
import { Card, CardHeader } from "@/components/ui/card";
import { documentKinds, sensitiveDocumentKinds } from "@/db/schema/documents";
import { requireArea } from "@/lib/auth/session";
import { CURRENT_CONSENT_WORDING } from "@/lib/clients/consent-wording";
import { ACCEPT_ATTRIBUTE, maxUploadBytes } from "@/lib/documents/limits";
import { hasMyActiveSensitiveConsent } from "@/lib/dal/consents";
import { listMyOpenRequests } from "@/lib/dal/document-requests";
import { listMyDocuments } from "@/lib/dal/documents";
import { getMyCase } from "@/lib/dal/portal";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("documents"))("portalTitle") };
}

async function PortalDocumentsPage({ searchParams }: { searchParams: Promise<{ request?: string | string[] }> }) {
  const user = await requireArea("portal");
  const [t, myCase, requests, documents, consented, query] = await Promise.all([
    getTranslations(),
    getMyCase(user),
    listMyOpenRequests(user),
    listMyDocuments(user),
    hasMyActiveSensitiveConsent(user),
    searchParams,
  ]);
  if (!myCase) {
    return (
      <Card>
        <p>{t("portal.noCase")}</p>
      </Card>
    );
  }
  const chosen = typeof query.request === "string" ? query.request : undefined;
  // Without a consent in force, medical and hardship evidence comes with the wording staff record.
  const consent = consented
    ? undefined
    : { version: CURRENT_CONSENT_WORDING.sensitive_data, wording: t("consent.wording.sensitive_data"), kinds: sensitiveDocumentKinds };
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("documents.portalTitle")}</h1>
        <p className="text-ink-muted">{t("documents.portalIntro")}</p>
      </div>
      <Card aria-labelledby="requests-heading" className="space-y-2">
        <CardHeader id="requests-heading" title={t("documents.requests.portalHeading")} />
        {requests.length ? (
          <RequestList requests={requests} uploadHref={(id) => `/portal/documents?request=${id}#upload-heading`} />
        ) : (
          <p className="text-ink-muted">{t("documents.requests.portalEmpty")}</p>
        )}
      </Card>
      <Card aria-labelledby="upload-heading" className="space-y-4">
        <CardHeader id="upload-heading" title={t("documents.upload.heading")} />
        <UploadPanel
          key={chosen ?? "none"}
          kinds={documentKinds}
          requests={requests.map((r) => ({ id: r.id, title: r.title, kind: r.kind }))}
          defaultRequestId={chosen}
          maxBytes={maxUploadBytes()}
          accept={ACCEPT_ATTRIBUTE}
          consent={consent}
        />
      </Card>
      <section aria-labelledby="my-documents-heading" className="space-y-3">
        <h2 id="my-documents-heading" className="text-lg font-semibold">
          {t("documents.table.portalCaption")}
        </h2>
        <DocumentList documents={documents} caption={t("documents.table.portalCaption")} />
      </section>
    </div>
  );
}

export default withClientMessages(["documents"], PortalDocumentsPage);
