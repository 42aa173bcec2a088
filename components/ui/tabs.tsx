"use client";

import { Tabs as Primitive } from "radix-ui";
import type { ReactNode } from "react";

export type TabItem = { value: string; label: ReactNode; content: ReactNode };

/**
 * In-page tabs (ARIA tablist; arrow keys move between tabs). Use RouteTabs instead when each tab
 * is its own page, so it gets a URL.
 */
export function Tabs({ label, items, defaultValue }: { label: string; items: TabItem[]; defaultValue?: string }) {
  return (
    <Primitive.Root defaultValue={defaultValue ?? items[0]?.value}>
      <Primitive.List aria-label={label} className="-mx-1 flex gap-1 overflow-x-auto border-b border-line px-1">
        {items.map((item) => (
          <Primitive.Trigger
            key={item.value}
            value={item.value}
            className="-mb-px inline-flex min-h-touch items-center border-b-2 border-transparent px-3 text-sm font-medium whitespace-nowrap text-ink-muted hover:text-ink data-[state=active]:border-brand-600 data-[state=active]:text-brand-800"
          >
            {item.label}
          </Primitive.Trigger>
        ))}
      </Primitive.List>
      {items.map((item) => (
        <Primitive.Content key={item.value} value={item.value} className="pt-4">
          {item.content}
        </Primitive.Content>
      ))}
    </Primitive.Root>
  );
}
