import type { ReactNode } from "react";
import { Breadcrumbs, type Crumb } from "./breadcrumbs";

type Props = {
  title: ReactNode;
  description?: ReactNode;
  breadcrumbs?: Crumb[];
  /** Buttons or links for the page's main actions, shown to the right on wide screens. */
  actions?: ReactNode;
  /** Badges or facts shown under the title, e.g. the case status. */
  meta?: ReactNode;
};

/** The top of every page: breadcrumbs, the page's one h1, an intro and its main actions. */
export function PageHeader({ title, description, breadcrumbs, actions, meta }: Props) {
  return (
    <header className="space-y-3">
      {breadcrumbs?.length ? <Breadcrumbs items={breadcrumbs} /> : null}
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0 space-y-1">
          <h1 className="text-2xl font-semibold text-ink">{title}</h1>
          {meta ? <div className="flex flex-wrap items-center gap-2">{meta}</div> : null}
          {description ? <p className="max-w-prose text-ink-muted">{description}</p> : null}
        </div>
        {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
      </div>
    </header>
  );
}
