"use client";

import Link from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { cn } from "./cn";
import { currentTab, type RouteTab } from "./current-tab";

export type { RouteTab };

/**
 * Tabs that are pages (e.g. a client's overview, debts, documents): plain links in a named `<nav>`,
 * the current one marked with aria-current. They work without JavaScript and keep the URL shareable.
 */
export function RouteTabs({ label, tabs, current }: { label: string; tabs: RouteTab[]; current?: string }) {
  const pathname = usePathname();
  const active = current ?? currentTab(tabs, pathname);
  return (
    <nav aria-label={label} className="-mx-1 overflow-x-auto border-b border-line">
      <ul className="flex min-w-max gap-1 px-1">
        {tabs.map((tab) => {
          const isCurrent = tab.href === active;
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={isCurrent ? "page" : undefined}
                className={cn(
                  "-mb-px inline-flex min-h-touch items-center border-b-2 px-3 text-sm font-medium",
                  isCurrent ? "border-brand-600 text-brand-800" : "border-transparent text-ink-muted hover:border-line-strong hover:text-ink",
                )}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
