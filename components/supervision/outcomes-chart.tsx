"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type MonthPoint = { label: string; agreed: number; partial: number; rejected: number; open: number };

type Props = { data: MonthPoint[]; label: string; names: Record<"agreed" | "partial" | "rejected" | "open", string> };

const colours = { agreed: "var(--color-success-fg)", partial: "var(--color-brand-200)", rejected: "var(--color-danger-fg)", open: "var(--color-line-strong)" };

/** Outcomes per month, stacked. Decorative twin of the table beside it (aria-hidden). */
export function OutcomesChart({ data, label, names }: Props) {
  return (
    <figure aria-hidden="true" className="min-w-0" data-testid="outcomes-chart" title={label}>
      <ResponsiveContainer width="100%" height={280}>
        <BarChart data={data} margin={{ left: 0, right: 16, top: 8, bottom: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="var(--color-line)" />
          <XAxis dataKey="label" tick={{ fill: "var(--color-ink-muted)", fontSize: 12 }} />
          <YAxis allowDecimals={false} tick={{ fill: "var(--color-ink-muted)", fontSize: 12 }} />
          <Tooltip />
          <Legend />
          {(["agreed", "partial", "rejected", "open"] as const).map((key) => (
            <Bar key={key} dataKey={key} name={names[key]} stackId="outcomes" fill={colours[key]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
