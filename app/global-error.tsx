"use client";

import { useEffect, useState } from "react";
import "./globals.css";

type Texts = { lang: "zh-CN" | "en"; title: string; body: string; retry: string; home: string };

// Replaces the root layout when even it fails, so no translation provider exists here. The
// catalogue is fetched only now (a static import would ship both catalogues on every page), in
// the browser's language. Like app/error.tsx it never shows the error itself.
async function loadTexts(lang: "zh-CN" | "en"): Promise<Texts> {
  const { default: m } = lang === "zh-CN" ? await import("@/lib/i18n/messages/zh-CN.json") : await import("@/lib/i18n/messages/en.json");
  return { lang, title: m.errors.genericTitle, body: m.errors.genericBody, retry: m.errors.tryAgain, home: m.common.backHome };
}

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const [texts, setTexts] = useState<Texts | null>(null);
  useEffect(() => {
    const chosen = navigator.languages.some((l) => l.toLowerCase().startsWith("zh")) ? "zh-CN" : "en";
    loadTexts(chosen).then(setTexts, () => setTexts(null));
  }, []);
  return (
    <html lang={texts?.lang ?? "en"}>
      <body className="min-h-screen antialiased">
        <main className="mx-auto max-w-lg px-4 py-16 text-center">
          <div role="alert">
            {texts ? (
              <>
                <h1 className="text-2xl font-semibold">{texts.title}</h1>
                <p className="mt-3 text-ink-muted">{texts.body}</p>
              </>
            ) : null}
          </div>
          {texts ? (
            <div className="mt-8 flex flex-wrap justify-center gap-3">
              <button
                type="button"
                onClick={reset}
                className="inline-flex min-h-10 items-center rounded-[var(--radius-control)] bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700"
              >
                {texts.retry}
              </button>
              {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full reload is the point here */}
              <a href="/" className="inline-flex min-h-10 items-center px-4 text-sm font-medium text-brand-700 underline">
                {texts.home}
              </a>
            </div>
          ) : null}
          {error.digest ? <p className="mt-6 font-mono text-sm text-ink-muted">{error.digest}</p> : null}
        </main>
      </body>
    </html>
  );
}
