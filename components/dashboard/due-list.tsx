"use client";

import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";

/** One dashboard line as the server sends it, already worded: id, client name, what is due, where to act, overdue. */
export type DueLine = [id: string, clientName: string, text: string, href: string, overdue: boolean];

/**
 * A dashboard section's lines. Sent as compact rows rather than a server-rendered tree: the tree of
 * ten linked lines per section was most of the dashboard's page and of its server time.
 */
export function DueList({ lines, overdueLabel }: { lines: DueLine[]; overdueLabel: string }) {
  return (
    <ul className="mt-3 divide-y divide-line">
      {lines.map(([id, clientName, text, href, overdue]) => (
        <li key={id} className="py-2">
          <Link href={href} className="group flex flex-wrap items-center gap-x-3 gap-y-1 rounded-[var(--radius-control)] py-1">
            {/* A person's name is data, not interface text: translation tools (and the zh-CN check) leave it alone. */}
            <span translate="no" className="font-medium text-brand-700 group-hover:underline">
              {clientName}
            </span>
            <span className="text-sm text-ink-muted">{text}</span>
            {overdue ? <Badge tone="danger">{overdueLabel}</Badge> : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}
