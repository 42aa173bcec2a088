import type { ReactNode } from "react";
import { cn } from "./cn";

type Props = {
  title: ReactNode;
  children?: ReactNode;
  /** What to do next, e.g. a LinkButton to create the first record. */
  action?: ReactNode;
  /** Pick the level that fits the outline: "h3" inside a card whose title is an h2. */
  as?: "h2" | "h3" | "p";
  className?: string;
};

/** Says that a list is empty and what the user can do about it. */
export function EmptyState({ title, children, action, as: Heading = "h2", className }: Props) {
  return (
    <div className={cn("rounded-[var(--radius-card)] border border-dashed border-line-strong bg-surface px-6 py-10 text-center", className)}>
      <Heading className="text-base font-semibold text-ink">{title}</Heading>
      {children ? <div className="mx-auto mt-2 max-w-prose text-sm text-ink-muted">{children}</div> : null}
      {action ? <div className="mt-5 flex flex-wrap justify-center gap-2">{action}</div> : null}
    </div>
  );
}
