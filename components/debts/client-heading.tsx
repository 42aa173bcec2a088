import type { ReactNode } from "react";

/** A tab's own heading under the client layout's h1 (the client's name), with its main action beside it. */
export function ClientHeading({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <h2 className="text-xl font-semibold">{title}</h2>
      {children}
    </div>
  );
}
