import { getTranslations } from "next-intl/server";

/** First thing a keyboard user reaches: jumps past the navigation to `<main id="main">`. */
export async function SkipLink() {
  const t = await getTranslations("common");
  return (
    <a
      href="#main"
      className="sr-only z-50 rounded-[var(--radius-control)] bg-brand-800 px-4 py-3 font-medium text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
    >
      {t("skipToContent")}
    </a>
  );
}
