import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/app/actions/locale";
import { locales } from "@/lib/i18n/config";
import { cn } from "@/components/ui/cn";

export async function LocaleSwitcher() {
  const [t, current] = [await getTranslations("locale"), await getLocale()];
  return (
    <form action={setLocaleAction} aria-label={t("switchLabel")} className="flex gap-1">
      {locales.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className={cn(
            "min-h-9 rounded-[var(--radius-control)] px-2.5 text-sm",
            locale === current ? "bg-brand-100 font-semibold text-brand-800" : "text-ink-muted hover:bg-brand-50",
          )}
        >
          {t(locale)}
        </button>
      ))}
    </form>
  );
}
