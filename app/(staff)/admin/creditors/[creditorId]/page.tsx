import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CreditorForm } from "@/components/creditors/creditor-form";
import { creditorName } from "@/components/creditors/creditor-name";
import { Card } from "@/components/ui/card";
import { requireArea } from "@/lib/auth/session";
import { getCreditor } from "@/lib/dal/creditors";
import { NotFoundError } from "@/lib/dal/errors";
import { formatMultiplier } from "@/lib/finance";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("creditors"))("title") };
}

async function EditCreditorPage({ params }: { params: Promise<{ creditorId: string }> }) {
  const user = await requireArea("admin");
  const { creditorId } = await params;
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const creditor = await getCreditor(user, creditorId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <div className="space-y-6">
      <Link href="/admin/creditors" className="text-brand-700 underline">
        {t("creditors.back")}
      </Link>
      <h1 className="text-2xl font-semibold">{t("creditors.editTitle", { name: creditorName(creditor, locale) })}</h1>
      <Card>
        <CreditorForm creditor={{ ...creditor, defaultPenaltyMultiplier: formatMultiplier(creditor.defaultPenaltyMultiplier) }} />
      </Card>
    </div>
  );
}

export default withClientMessages(["creditors"], EditCreditorPage);
