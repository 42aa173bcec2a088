import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations();
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-16 text-center">
      <p aria-hidden="true" className="text-5xl font-semibold text-brand-600">
        404
      </p>
      <h1 className="mt-4 text-2xl font-semibold">{t("errors.notFoundTitle")}</h1>
      <p className="mt-3 text-ink-muted">{t("errors.notFoundBody")}</p>
      <Link
        href="/"
        className="mt-8 inline-flex min-h-10 items-center rounded-[var(--radius-control)] bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700"
      >
        {t("common.backHome")}
      </Link>
    </main>
  );
}
