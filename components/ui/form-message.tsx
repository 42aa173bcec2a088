import type { ReactNode } from "react";
import { cn } from "./cn";

/** The form-level message; `role="status"` keeps it apart from Next's route announcer. */
export function FormMessage({ tone, children }: { tone: "error" | "success"; children?: ReactNode }) {
  return (
    <div
      role="status"
      aria-live="polite"
      className={cn(
        children ? "rounded-[var(--radius-control)] px-3 py-2 text-sm" : "sr-only",
        tone === "error" ? "bg-danger-bg text-danger-fg" : "bg-success-bg text-success-fg",
      )}
    >
      {children}
    </div>
  );
}
