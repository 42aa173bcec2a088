import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Toaster } from "sonner";
import { ClientMessages } from "@/components/i18n/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, description: t("tagline") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("ui")]);
  return (
    <html lang={locale}>
      <body className="min-h-screen antialiased">
        <ClientMessages>
          {children}
          <Toaster position="top-center" richColors closeButton containerAriaLabel={t("notifications")} toastOptions={{ closeButtonAriaLabel: t("closeNotification") }} />
        </ClientMessages>
      </body>
    </html>
  );
}
