import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { cn } from "./cn";
import { pageHref, pageWindow, type SearchParams } from "./pagination-links";

export { pageHref, pageWindow };

type Props = {
  page: number;
  pageCount: number;
  /** The list's path and its current search params: filters and sort are kept on every link. */
  pathname: string;
  searchParams?: SearchParams;
  /** The URL parameter holding the page number. */
  param?: string;
};

const itemClasses =
  "inline-flex min-h-10 min-w-10 items-center justify-center rounded-[var(--radius-control)] px-3 text-sm font-medium";

export function Pagination({ page, pageCount, pathname, searchParams = {}, param = "page" }: Props) {
  const t = useTranslations("ui");
  if (pageCount <= 1) return null;
  const href = (p: number) => pageHref(pathname, searchParams, p, param);
  const edge = (target: number, label: string, enabled: boolean) =>
    enabled ? (
      <Link href={href(target)} className={cn(itemClasses, "border border-line-strong bg-surface text-ink hover:bg-brand-50")}>
        {label}
      </Link>
    ) : (
      <span aria-disabled="true" className={cn(itemClasses, "border border-line text-ink-muted")}>
        {label}
      </span>
    );
  return (
    <nav aria-label={t("pagination")} className="flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-ink-muted">{t("pageOf", { page, count: pageCount })}</p>
      <ul className="flex flex-wrap items-center gap-1">
        <li>{edge(page - 1, t("previous"), page > 1)}</li>
        {pageWindow(page, pageCount).map((p, index) =>
          p === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-ink-muted">
              …
            </li>
          ) : (
            <li key={p}>
              <Link
                href={href(p)}
                aria-current={p === page ? "page" : undefined}
                aria-label={t("page", { page: p })}
                className={cn(itemClasses, p === page ? "bg-brand-600 text-white" : "text-ink hover:bg-brand-50")}
              >
                {p}
              </Link>
            </li>
          ),
        )}
        <li>{edge(page + 1, t("next"), page < pageCount)}</li>
      </ul>
    </nav>
  );
}
