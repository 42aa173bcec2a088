"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { rateChartHeight } from "./charts";

export type RatePoint = { label: string; rate: number; n: number };

type Props = { data: RatePoint[]; label: string; valueLabel: string };

/** Agreement rate per row, lowest first. Decorative twin of the table beside it (aria-hidden). */
export function RateChart({ data, label, valueLabel }: Props) {
  const height = rateChartHeight(data.length);
  return (
    <figure aria-hidden="true" className="min-w-0" data-testid="rate-chart" title={label}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24, top: 8, bottom: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="var(--color-line)" />
          <XAxis type="number" domain={[0, 100]} unit="%" tick={{ fill: "var(--color-ink-muted)", fontSize: 12 }} />
          <YAxis type="category" dataKey="label" width={140} tick={{ fill: "var(--color-ink)", fontSize: 12 }} />
          <Tooltip formatter={(value, _name, item) => [`${String(value)}% (n = ${(item.payload as RatePoint).n})`, valueLabel]} />
          <Bar dataKey="rate" fill="var(--color-brand-600)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
