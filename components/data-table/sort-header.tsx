"use client";

import type { Header, RowData } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { DataTableFeatures } from "./data-table";

const ariaSort = { asc: "ascending", desc: "descending" } as const;

/** A column header; a sortable one is a button, and `aria-sort` tells screen readers the order. */
export function SortHeader<T extends RowData>({ header, children }: { header: Header<DataTableFeatures, T, unknown>; children: ReactNode }) {
  const t = useTranslations("dataTable");
  const column = header.column;
  if (!column.getCanSort()) {
    return (
      <th scope="col" className="px-4 py-3 font-medium">
        {children}
      </th>
    );
  }
  const sorted = column.getIsSorted();
  return (
    <th scope="col" aria-sort={sorted ? ariaSort[sorted] : "none"} className="px-2 py-1.5 font-medium">
      <button
        type="button"
        onClick={column.getToggleSortingHandler()}
        className="inline-flex min-h-10 items-center gap-1 rounded-[var(--radius-control)] px-2 hover:bg-brand-50"
      >
        {children}
        <span aria-hidden="true" className="text-ink-muted">
          {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
        </span>
        <span className="sr-only">{sorted ? t(sorted === "asc" ? "sortedAsc" : "sortedDesc") : t("sortable")}</span>
      </button>
    </th>
  );
}
