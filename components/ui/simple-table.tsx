import type { HTMLAttributes, ReactNode } from "react";
import { cn } from "./cn";

export type SimpleColumn<T> = {
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Numbers and money line up on the right. */
  align?: "start" | "end";
  /** The cell that names the row: rendered as `<th scope="row">` so screen readers announce it. */
  rowHeader?: boolean;
  className?: string;
};

type Props<T> = {
  caption: ReactNode;
  /** Keep the caption for screen readers only, when a visible heading already says the same. */
  captionHidden?: boolean;
  columns: SimpleColumn<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  /** Extra attributes per row, e.g. `aria-current` on the version being shown. */
  rowProps?: (row: T) => HTMLAttributes<HTMLTableRowElement>;
  density?: "compact" | "comfortable";
  className?: string;
};

/**
 * A small, fully rendered table (a plan's schedule, the staff list, a figure table) with the look
 * every such table shares. Large server-paged lists use components/data-table instead.
 */
export function SimpleTable<T>({ caption, captionHidden, columns, rows, rowKey, rowProps, density = "comfortable", className }: Props<T>) {
  const pad = density === "compact" ? "px-2 py-2" : "px-4 py-3";
  const alignment = (column: SimpleColumn<T>) => (column.align === "end" ? "text-right tabular-nums" : undefined);
  return (
    <div className={cn("overflow-x-auto", className)}>
      <table className="w-full text-left text-sm">
        <caption className={captionHidden ? "sr-only" : "pb-2 text-left font-medium"}>{caption}</caption>
        <thead className="border-b border-line bg-canvas">
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={cn(pad, alignment(column))}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className="border-b border-line align-top last:border-0" {...rowProps?.(row)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <th key={column.key} scope="row" className={cn(pad, "font-medium", alignment(column), column.className)}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.key} className={cn(pad, alignment(column), column.className)}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
