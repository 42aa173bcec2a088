import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientForm } from "@/components/clients/client-form";
import { Card } from "@/components/ui/card";
import { requireArea } from "@/lib/auth/session";
import { listAssignableCounsellors } from "@/lib/dal/client-access";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("clients"))("new.title") };
}

async function NewClientPage() {
  const user = await requireArea("staff");
  const t = await getTranslations("clients");
  const counsellors = user.role === "counsellor" ? null : await listAssignableCounsellors(user);
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("new.title")}</h1>
      <p className="text-ink-muted">{t("new.intro")}</p>
      <Card>
        <ClientForm mode="create" counsellors={counsellors} />
      </Card>
    </div>
  );
}

export default withClientMessages(["clients"], NewClientPage);
