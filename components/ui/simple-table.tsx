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
// Cell padding and row rules are set once on the table, not on every cell: a figure table of a few
// hundred cells repeated the same classes in the HTML and again in the page's RSC payload.
const densities = {
  comfortable: "[&_td]:px-4 [&_td]:py-3 [&_th]:px-4 [&_th]:py-3",
  compact: "[&_td]:px-2 [&_td]:py-2 [&_th]:px-2 [&_th]:py-2",
};
const rowRules = "[&>tbody>tr]:border-b [&>tbody>tr]:border-line [&>tbody>tr]:align-top [&>tbody>tr:last-child]:border-0";

export function SimpleTable<T>({ caption, captionHidden, columns, rows, rowKey, rowProps, density = "comfortable", className }: Props<T>) {
  const alignment = (column: SimpleColumn<T>) => (column.align === "end" ? "text-right tabular-nums" : undefined);
  return (
    <div className={cn("overflow-x-auto", className)}>
      <table className={cn("w-full text-left text-sm", densities[density], rowRules)}>
        <caption className={captionHidden ? "sr-only" : "pb-2 text-left font-medium"}>{caption}</caption>
        <thead className="border-b border-line bg-canvas">
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={alignment(column)}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} {...rowProps?.(row)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <th key={column.key} scope="row" className={cn("font-medium", alignment(column), column.className)}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.key} className={cn(alignment(column), column.className) || undefined}>
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
