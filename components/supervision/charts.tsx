"use client";

import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import type { OutcomesChart as Outcomes } from "./outcomes-chart";
import type { RateChart as Rate } from "./rate-chart";

// The charts draw in the browser only. Rendering recharts on the server cost more than the tables
// beside them, which carry the same figures and are the accessible version; a box of the chart's
// height holds its place meanwhile, so nothing moves when it appears.
const RateDrawing = dynamic(() => import("./rate-chart").then((m) => m.RateChart), { ssr: false });
const OutcomesDrawing = dynamic(() => import("./outcomes-chart").then((m) => m.OutcomesChart), { ssr: false });

export function rateChartHeight(points: number): number {
  return Math.max(160, points * 36 + 40);
}

export function RateChart(props: ComponentProps<typeof Rate>) {
  return (
    <div className="min-w-0" style={{ minHeight: rateChartHeight(props.data.length) }}>
      <RateDrawing {...props} />
    </div>
  );
}

export function OutcomesChart(props: ComponentProps<typeof Outcomes>) {
  return (
    <div className="min-w-0" style={{ minHeight: 280 }}>
      <OutcomesDrawing {...props} />
    </div>
  );
}
