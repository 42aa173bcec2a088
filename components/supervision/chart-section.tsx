import type { ReactNode } from "react";
import { Card, CardHeader } from "@/components/ui/card";

/** A chart with its table beside it (below on narrow screens): the table is the accessible version. */
export function ChartSection({ id, title, note, children }: { id: string; title: string; note?: string; children: [ReactNode, ReactNode] }) {
  const [chart, table] = children;
  return (
    <Card aria-labelledby={`${id}-heading`} className="space-y-3">
      <CardHeader id={`${id}-heading`} title={title} />
      {note ? <p className="text-sm text-ink-muted">{note}</p> : null}
      <div className="grid gap-4 xl:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        {chart}
        {table}
      </div>
    </Card>
  );
}
