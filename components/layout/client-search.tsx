import { getTranslations } from "next-intl/server";
import { cn } from "@/components/ui/cn";

/** A plain GET form: the caseload page reads `q`, so the search works without JavaScript too. */
export async function ClientSearch({ className }: { className?: string }) {
  const t = await getTranslations("shell");
  return (
    <form role="search" action="/clients" method="get" aria-label={t("search")} className={cn("flex w-full max-w-md gap-2", className)}>
      <label htmlFor="global-client-search" className="sr-only">
        {t("search")}
      </label>
      <input
        id="global-client-search"
        name="q"
        type="search"
        autoComplete="off"
        enterKeyHint="search"
        placeholder={t("searchPlaceholder")}
        className="min-h-10 w-full min-w-0 rounded-[var(--radius-control)] border border-line-strong bg-surface px-3 text-sm text-ink placeholder:text-ink-muted"
      />
      <button
        type="submit"
        className="min-h-10 shrink-0 rounded-[var(--radius-control)] bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700"
      >
        {t("searchSubmit")}
      </button>
    </form>
  );
}
