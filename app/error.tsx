"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

// Never shows the error itself: no stack traces or internals reach the browser. The digest is an
// opaque id the server logged, useful when someone calls for help.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations();
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-16 text-center">
      <div role="alert">
        <h1 className="text-2xl font-semibold">{t("errors.genericTitle")}</h1>
        <p className="mt-3 text-ink-muted">{t("errors.genericBody")}</p>
      </div>
      {error.digest ? <p className="mt-3 text-sm text-ink-muted">{t("ui.errorReference", { digest: error.digest })}</p> : null}
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Button onClick={reset}>{t("errors.tryAgain")}</Button>
        {/* A full load, not a client transition: the broken tree is left behind completely. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- the full reload is intended */}
        <a href="/" className="inline-flex min-h-10 items-center rounded-[var(--radius-control)] px-4 text-sm font-medium text-brand-700 underline">
          {t("common.backHome")}
        </a>
      </div>
    </main>
  );
}
