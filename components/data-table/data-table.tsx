"use client";

import {
  functionalUpdate,
  rowPaginationFeature,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type PaginationState,
  type RowData,
  type RowSelectionState,
  type SortingState,
  type Updater,
} from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import { useMemo, useState, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { DataTablePagination } from "./data-table-pagination";
import { SortHeader } from "./sort-header";
import { useUrlState } from "./use-url-state";

/** The features every server-driven table uses: sorting and paging are done by the server. */
export const dataTableFeatures = tableFeatures({ rowSortingFeature, rowSelectionFeature, rowPaginationFeature });
export type DataTableFeatures = typeof dataTableFeatures;
// `any` value type, as TanStack's own `helper.columns()` returns: each column keeps its own value type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type DataTableColumn<T extends RowData> = ColumnDef<DataTableFeatures, T, any>;

type Props<T extends { id: string }> = {
  /** Keep stable (module scope or useMemo): a new array each render rebuilds the table. */
  columns: DataTableColumn<T>[];
  data: T[];
  caption: string;
  total: number;
  /** True when `total` is a lower bound (the server stops counting). */
  capped: boolean;
  page: number;
  pageSize: number;
  pageSizes: readonly number[];
  sort: { column: string; dir: "asc" | "desc" };
  empty: ReactNode;
  /** Turns on the checkbox column; the label names the row for screen readers ("Select 张伟"). */
  rowLabel?: (row: T) => string;
  /** Shown above the table while at least one row is selected. */
  selectionActions?: (selectedIds: string[]) => ReactNode;
};

/** Displays one page the server already sorted and sliced; every change is a URL change. */
export function DataTable<T extends { id: string }>(props: Props<T>) {
  const t = useTranslations("dataTable");
  const { pending, navigate } = useUrlState();
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const sorting = useMemo<SortingState>(() => [{ id: props.sort.column, desc: props.sort.dir === "desc" }], [props.sort.column, props.sort.dir]);
  const pagination = useMemo<PaginationState>(() => ({ pageIndex: props.page - 1, pageSize: props.pageSize }), [props.page, props.pageSize]);
  const columns = useMemo(() => (props.rowLabel ? [selectionColumn<T>(props.rowLabel, t), ...props.columns] : props.columns), [props.rowLabel, props.columns, t]);

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: props.data,
    getRowId: (row) => row.id,
    state: { sorting, pagination, rowSelection },
    manualSorting: true,
    manualPagination: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    rowCount: props.total,
    pageCount: props.capped ? -1 : undefined,
    onRowSelectionChange: setRowSelection,
    onSortingChange: (updater: Updater<SortingState>) => {
      const [next] = functionalUpdate(updater, sorting);
      navigate({ sort: next ? `${next.id}.${next.desc ? "desc" : "asc"}` : null, page: null });
    },
    onPaginationChange: (updater: Updater<PaginationState>) => {
      const next = functionalUpdate(updater, pagination);
      const sizeChanged = next.pageSize !== pagination.pageSize;
      navigate({ page: !sizeChanged && next.pageIndex > 0 ? String(next.pageIndex + 1) : null, size: String(next.pageSize) });
    },
  });

  const selectedIds = Object.keys(rowSelection).filter((id) => rowSelection[id]);
  const rows = table.getRowModel().rows;

  return (
    <div className="space-y-3">
      {props.selectionActions && selectedIds.length > 0 ? props.selectionActions(selectedIds) : null}
      <div className="overflow-x-auto rounded-[var(--radius-card)] border border-line bg-surface" aria-busy={pending}>
        <table className={cn("w-full text-left text-sm transition-opacity", pending && "opacity-60")}>
          <caption className="sr-only">{props.caption}</caption>
          <thead className="border-b border-line bg-canvas">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <SortHeader key={header.id} header={header}>
                    {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                  </SortHeader>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={columns.length} className="px-4 py-10 text-center">
                  {props.empty}
                </td>
              </tr>
            ) : (
              rows.map((row) => (
                <tr key={row.id} className={cn("border-b border-line last:border-0", row.getIsSelected() && "bg-brand-50")}>
                  {row.getAllCells().map((cell) => (
                    <td key={cell.id} className="px-4 py-3 align-top">
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <DataTablePagination
        page={props.page}
        pageSize={props.pageSize}
        pageSizes={props.pageSizes}
        shown={rows.length}
        total={props.total}
        capped={props.capped}
        canPrevious={table.getCanPreviousPage()}
        canNext={table.getCanNextPage() && rows.length === props.pageSize}
        onPrevious={() => table.previousPage()}
        onNext={() => table.nextPage()}
        onPageSize={(size) => table.setPageSize(size)}
      />
    </div>
  );
}

function selectionColumn<T extends { id: string }>(rowLabel: (row: T) => string, t: ReturnType<typeof useTranslations>): DataTableColumn<T> {
  return {
    id: "select",
    enableSorting: false,
    header: ({ table }) => (
      <input
        type="checkbox"
        className="size-5 accent-brand-600"
        aria-label={t("selectPage")}
        checked={table.getIsAllPageRowsSelected()}
        ref={(el) => {
          if (el) el.indeterminate = table.getIsSomePageRowsSelected();
        }}
        onChange={table.getToggleAllPageRowsSelectedHandler()}
      />
    ),
    cell: ({ row }) => (
      <input
        type="checkbox"
        className="size-5 accent-brand-600"
        aria-label={t("selectRow", { name: rowLabel(row.original) })}
        checked={row.getIsSelected()}
        onChange={row.getToggleSelectedHandler()}
      />
    ),
  };
}
