import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";

export type Crumb = { label: string; href?: string };

/** Where the page sits; the last crumb is the current page and is not a link. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const t = useTranslations("ui");
  if (!items.length) return null;
  return (
    <nav aria-label={t("breadcrumbs")}>
      <ol className="flex flex-wrap items-center gap-x-1 text-sm text-ink-muted">
        {items.map((item, index) => {
          const last = index === items.length - 1;
          return (
            <li key={`${index}-${item.label}`} className="flex items-center gap-x-1">
              {last || !item.href ? (
                <span aria-current={last ? "page" : undefined} className={last ? "text-ink" : undefined}>
                  {item.label}
                </span>
              ) : (
                <Link href={item.href} className="rounded-sm text-brand-700 underline-offset-2 hover:underline">
                  {item.label}
                </Link>
              )}
              {last ? null : (
                <span aria-hidden="true" className="px-1 text-line-strong">
                  /
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
