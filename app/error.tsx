"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

// Never shows the error itself: no stack traces or internals reach the browser.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <main className="mx-auto max-w-lg p-8 text-center" role="alert">
      <h1 className="text-2xl font-semibold">{t("genericTitle")}</h1>
      <p className="mt-3 text-ink-muted">{t("genericBody")}</p>
      <Button className="mt-6" onClick={reset}>
        {t("tryAgain")}
      </Button>
    </main>
  );
}
