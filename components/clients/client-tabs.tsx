"use client";

import Link from "@/components/ui/link";
import { LinkPending } from "@/components/ui/link-pending";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

type Tab = { href: string; label: string };

/** The client page's sections as links (each is its own URL); the current one is marked for screen readers. */
export function ClientTabs({ tabs, label }: { tabs: Tab[]; label: string }) {
  const pathname = usePathname();
  const current = [...tabs].sort((a, b) => b.href.length - a.href.length).find((tab) => pathname === tab.href || pathname.startsWith(`${tab.href}/`));
  return (
    <nav aria-label={label} className="overflow-x-auto border-b border-line">
      <ul className="flex gap-1">
        {tabs.map((tab) => {
          const active = tab === current;
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "block min-h-10 border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap",
                  active ? "border-brand-600 text-brand-700" : "border-transparent text-ink-muted hover:text-ink",
                )}
              >
                {tab.label}
                <LinkPending />
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
