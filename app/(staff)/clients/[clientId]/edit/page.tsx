import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { ClientForm } from "@/components/clients/client-form";
import { Card } from "@/components/ui/card";
import { loadClient } from "../load-client";
import { profileSnapshot } from "@/lib/dal/clients";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("clients"))("edit.title") };
}

async function EditClientPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { client } = await loadClient((await params).clientId);
  const t = await getTranslations("clients");
  return (
    <Card aria-labelledby="edit-heading" className="max-w-3xl">
      <h2 id="edit-heading" className="text-lg font-semibold">
        {t("edit.title")}
      </h2>
      <p className="mb-4 text-sm text-ink-muted">{t("edit.intro")}</p>
      {/* Keyed by version: after a save the form starts again from what is stored now. */}
      <ClientForm key={client.version} mode="edit" clientId={client.id} version={client.version} loaded={profileSnapshot(client)} defaults={client} />
      <Link href={`/clients/${client.id}`} className="mt-4 inline-block text-brand-700 underline">
        {t("edit.back")}
      </Link>
    </Card>
  );
}

export default withClientMessages(["clients"], EditClientPage);
