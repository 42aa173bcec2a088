import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

export type QueueItem = { key: string; href: string; clientName: string; detail: ReactNode; meta: string; form: ReactNode };

/** One list of items awaiting a supervisor's sign-off: who, what, and the sign-off form beside it. */
export function SignOffQueue({ id, title, empty, items }: { id: string; title: string; empty: string; items: QueueItem[] }) {
  return (
    <Card aria-labelledby={id} className="space-y-3">
      <CardHeader id={id} title={title} />
      {items.length === 0 ? (
        <EmptyState as="h3" title={empty} />
      ) : (
        <ul className="divide-y divide-line">
          {items.map((item) => (
            <li key={item.key} className="grid gap-3 py-4 lg:grid-cols-2">
              <div className="space-y-1 text-sm">
                <h3 className="text-base font-semibold">
                  <Link href={item.href} className="text-brand-700 underline" translate="no">
                    {item.clientName}
                  </Link>
                </h3>
                <p>{item.detail}</p>
                <p className="text-ink-muted">{item.meta}</p>
              </div>
              {item.form}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
