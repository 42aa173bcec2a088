"use client";

import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/field";
import { numberFormat } from "@/lib/i18n/formats";

type Props = {
  page: number;
  pageSize: number;
  pageSizes: readonly number[];
  shown: number;
  total: number;
  capped: boolean;
  canPrevious: boolean;
  canNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onPageSize: (size: number) => void;
};

export function DataTablePagination(props: Props) {
  const t = useTranslations("dataTable");
  // A shared format, not next-intl's formatter: that one is built anew for every request's provider.
  const format = numberFormat(useLocale());
  const from = props.shown ? (props.page - 1) * props.pageSize + 1 : 0;
  const total = props.capped ? t("totalCapped", { count: format.format(props.total) }) : format.format(props.total);
  return (
    <nav aria-label={t("pagination")} className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p aria-live="polite">
        {t("showing", { from: format.format(from), to: format.format(from ? from + props.shown - 1 : 0), total })}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor="page-size" className="text-ink-muted">
          {t("pageSize")}
        </label>
        <select
          id="page-size"
          className={controlClasses.replace("w-full", "w-auto")}
          value={props.pageSize}
          onChange={(event) => props.onPageSize(Number(event.target.value))}
        >
          {props.pageSizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
        <Button variant="secondary" disabled={!props.canPrevious} onClick={props.onPrevious}>
          {t("previous")}
        </Button>
        <span>{t("page", { page: format.format(props.page) })}</span>
        <Button variant="secondary" disabled={!props.canNext} onClick={props.onNext}>
          {t("next")}
        </Button>
      </div>
    </nav>
  );
}
