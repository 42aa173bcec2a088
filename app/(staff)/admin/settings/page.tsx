import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SettingsForm } from "@/components/admin/settings-form";
import { Card } from "@/components/ui/card";
import { requireArea } from "@/lib/auth/session";
import { getAgencySettingsForEdit } from "@/lib/dal/settings";
import { CURRENCY_CODES } from "@/lib/finance/money";
import { TIME_ZONES } from "@/lib/validation/settings";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("title") };
}

async function SettingsPage() {
  const user = await requireArea("admin");
  // Read fresh, not through the per-server cache: the form saves against the version it shows.
  const [t, settings] = await Promise.all([getTranslations("settings"), getAgencySettingsForEdit(user)]);
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-ink-muted">{t("intro")}</p>
      <Card>
        <SettingsForm settings={settings} timeZones={[...TIME_ZONES]} currencies={CURRENCY_CODES} />
      </Card>
    </div>
  );
}

export default withClientMessages(["settings"], SettingsPage);
