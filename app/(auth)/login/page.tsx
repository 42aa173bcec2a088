import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { Card } from "@/components/ui/card";
import { getCurrentUser } from "@/lib/auth/session";
import { homeFor } from "@/lib/auth/permissions";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const user = await getCurrentUser();
  if (user) redirect(homeFor(user.role));
  const t = await getTranslations("auth");
  const { next } = await searchParams;
  return (
    <Card className="w-full max-w-md">
      <h1 className="text-2xl font-semibold">{t("signInTitle")}</h1>
      <p className="mt-2 text-sm text-ink-muted">{t("signInIntro")}</p>
      <LoginForm next={typeof next === "string" ? next : undefined} />
    </Card>
  );
}

export default withClientMessages(["auth"], LoginPage);
