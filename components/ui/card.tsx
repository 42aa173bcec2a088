import type { HTMLAttributes, ReactNode } from "react";
import { cn } from "./cn";

/** A `<section>`: give it `aria-labelledby` pointing at its heading so it becomes a named region. */
export function Card({ className, ...props }: HTMLAttributes<HTMLElement>) {
  return (
    <section
      className={cn("rounded-[var(--radius-card)] border border-line bg-surface p-5 shadow-[var(--shadow-card)]", className)}
      {...props}
    />
  );
}

/** Heading row of a card: title on the left, optional actions on the right. */
export function CardHeader({ id, title, actions }: { id?: string; title: ReactNode; actions?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
    </div>
  );
}
