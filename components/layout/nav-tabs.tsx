"use client";

import Link from "@/components/ui/link";
import { LinkPending } from "@/components/ui/link-pending";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";
import { currentTab, type RouteTab } from "@/components/ui/current-tab";

/** The portal's section bar: one row of 44 px links; it scrolls inside itself, never the page. */
export function NavTabs({ label, items }: { label: string; items: RouteTab[] }) {
  const current = currentTab(items, usePathname());
  return (
    <nav aria-label={label} className="border-b border-line bg-surface">
      <ul className="mx-auto flex max-w-2xl gap-1 overflow-x-auto px-2">
        {items.map((item) => {
          const isCurrent = item.href === current;
          return (
            <li key={item.href} className="shrink-0">
              <Link
                href={item.href}
                aria-current={isCurrent ? "page" : undefined}
                className={cn(
                  "inline-flex min-h-touch items-center border-b-[3px] px-3 text-base font-medium",
                  isCurrent ? "border-brand-600 text-brand-800" : "border-transparent text-ink-muted hover:text-ink",
                )}
              >
                {item.label}
                <LinkPending />
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
