import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DocumentList } from "@/components/documents/document-list";
import { RequestForm } from "@/components/documents/request-form";
import { RequestList } from "@/components/documents/request-list";
import { UploadPanel } from "@/components/documents/upload-panel";
import { Card, CardHeader } from "@/components/ui/card";
import { documentKinds } from "@/db/schema/documents";
import { ACCEPT_ATTRIBUTE, maxUploadBytes } from "@/lib/documents/limits";
import { listDocumentRequests } from "@/lib/dal/document-requests";
import { listDocuments } from "@/lib/dal/documents";
import { loadClient } from "../load-client";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("documents"))("title") };
}

type Props = { params: Promise<{ clientId: string }>; searchParams: Promise<{ kind?: string | string[] }> };

async function ClientDocumentsPage({ params, searchParams }: Props) {
  const { user, client } = await loadClient((await params).clientId);
  // "Ask the client for it" (the debt options' evidence list) names the kind to ask for.
  const asked = (await searchParams).kind;
  const kind = typeof asked === "string" && (documentKinds as readonly string[]).includes(asked) ? asked : undefined;
  const [t, documents, requests] = await Promise.all([getTranslations("documents"), listDocuments(user, client.id), listDocumentRequests(user, client.id)]);
  const open = requests.filter((r) => r.status === "open").map((r) => ({ id: r.id, title: r.title, kind: r.kind }));
  return (
    <div className="space-y-6">
      <div>
        <h2 className="text-xl font-semibold">{t("title")}</h2>
        <p className="text-ink-muted">{t("intro")}</p>
      </div>
      <Card aria-labelledby="upload-heading" className="space-y-4">
        <CardHeader id="upload-heading" title={t("upload.heading")} />
        <UploadPanel clientId={client.id} kinds={documentKinds} requests={open} maxBytes={maxUploadBytes()} accept={ACCEPT_ATTRIBUTE} />
      </Card>
      <section aria-labelledby="documents-heading" className="space-y-3">
        <h2 id="documents-heading" className="text-lg font-semibold">
          {t("table.caption", { name: client.fullName })}
        </h2>
        <DocumentList documents={documents} caption={t("table.caption", { name: client.fullName })} staff={{ clientId: client.id, openRequests: open }} />
      </section>
      <Card aria-labelledby="requests-heading" className="space-y-4">
        <CardHeader id="requests-heading" title={t("requests.heading")} />
        {requests.length ? <RequestList requests={requests} staff={{ clientId: client.id }} /> : <p className="text-ink-muted">{t("requests.empty")}</p>}
        <h3 className="text-base font-semibold">{t("requests.new")}</h3>
        <RequestForm clientId={client.id} kinds={documentKinds} kind={kind} />
      </Card>
    </div>
  );
}

export default withClientMessages(["documents"], ClientDocumentsPage);
