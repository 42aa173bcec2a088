import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";

/** In place of the letter: the client has not consented to creditors being contacted, and where to record it. */
export async function ConsentNeeded({ clientId, clientName }: { clientId: string; clientName: string }) {
  const t = await getTranslations("letters");
  return (
    <EmptyState as="h3" title={t("consentRequiredTitle")} action={<LinkButton href={`/clients/${clientId}#consent-heading`}>{t("consentLink")}</LinkButton>}>
      {t("consentRequired", { name: clientName })}
    </EmptyState>
  );
}
