import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { readSessionToken } from "@/lib/auth/session-token";
import { homeFor } from "@/lib/auth/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("help"))("title") };
}

const ITEMS = ["id", "income", "bank", "creditors", "hardship", "spending"] as const;

/**
 * Static guidance for anyone signed in. It reads only the signed token (no database work), which
 * also makes it the benchmark's floor: the cost of the framework, the proxy and the session alone.
 */
export default async function HelpPage() {
  const session = await readSessionToken();
  if (!session?.role) redirect("/login?next=%2Fhelp");
  if (session.secondFactor !== "ok") redirect("/two-factor");
  const t = await getTranslations();
  return (
    <Card className="w-full max-w-2xl">
      <h1 className="text-2xl font-semibold">{t("help.title")}</h1>
      <p className="mt-2 text-ink-muted">{t("help.intro")}</p>
      <ul className="mt-4 list-disc space-y-2 pl-6">
        {ITEMS.map((item) => (
          <li key={item}>{t(`help.items.${item}`)}</li>
        ))}
      </ul>
      <p className="mt-4 text-ink-muted">{t("help.privacy")}</p>
      <Link href={homeFor(session.role)} className="mt-6 inline-block text-brand-700 underline">
        {t("common.backHome")}
      </Link>
    </Card>
  );
}
