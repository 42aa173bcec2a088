import type { ReactNode } from "react";
import { cn } from "./cn";

export type Tone = "neutral" | "info" | "success" | "warning" | "danger";

const tones: Record<Tone, string> = {
  neutral: "bg-neutral-bg text-neutral-fg ring-neutral-fg/20",
  info: "bg-info-bg text-info-fg ring-info-fg/20",
  success: "bg-success-bg text-success-fg ring-success-fg/20",
  warning: "bg-warning-bg text-warning-fg ring-warning-fg/25",
  danger: "bg-danger-bg text-danger-fg ring-danger-fg/20",
};

// A dot keeps states apart for people who cannot tell the colours apart; the text carries the meaning.
const dots: Record<Tone, string> = {
  neutral: "bg-neutral-fg",
  info: "bg-info-fg",
  success: "bg-success-fg",
  warning: "bg-warning-fg",
  danger: "bg-danger-fg",
};

/** A state label. Pick the tone from the maps in status-tones.ts so one state has one colour everywhere. */
export function Badge({ tone = "neutral", children }: { tone?: Tone; children: ReactNode }) {
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset",
        tones[tone],
      )}
    >
      <span aria-hidden="true" className={cn("size-1.5 rounded-full", dots[tone])} />
      {children}
    </span>
  );
}
