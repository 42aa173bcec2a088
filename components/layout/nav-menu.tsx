"use client";

import Link from "@/components/ui/link";
import { LinkPending } from "@/components/ui/link-pending";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { currentTab } from "@/components/ui/current-tab";

export type NavLinkItem = { href: string; label: string };

type Props = {
  label: string;
  menuLabel: string;
  items: NavLinkItem[];
  /** The product name linking home; on small screens it shares the top bar with the menu button. */
  brand: ReactNode;
};

/**
 * The staff sidebar. On small screens it collapses into a top bar whose Menu button discloses
 * the links; from `md` up the links are always shown. The current page is marked with aria-current.
 */
export function NavMenu({ label, menuLabel, items, brand }: Props) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const current = currentTab(items, pathname);
  // A link was followed: fold the menu away again so the new page is visible.
  const [lastPath, setLastPath] = useState(pathname);
  if (lastPath !== pathname) {
    setLastPath(pathname);
    setOpen(false);
  }
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      // Focus inside the folded list would be lost: hand it back to the Menu button.
      if (document.activeElement?.closest("#staff-nav-links")) toggle.current?.focus();
      setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    <nav aria-label={label} className="text-white [&_:focus-visible]:outline-white md:sticky md:top-0 md:max-h-screen md:overflow-y-auto">
      <div className="flex min-h-14 items-center justify-between gap-2 px-4">
        {brand}
        <button
          ref={toggle}
          type="button"
          aria-expanded={open}
          aria-controls="staff-nav-links"
          onClick={() => setOpen((was) => !was)}
          className="inline-flex min-h-touch items-center gap-2 rounded-[var(--radius-control)] px-3 text-sm font-medium hover:bg-white/10 md:hidden"
        >
          <span aria-hidden="true" className="text-lg leading-none">
            {open ? "×" : "☰"}
          </span>
          {menuLabel}
        </button>
      </div>
      <ul id="staff-nav-links" className={cn("space-y-1 px-2 pb-3 md:block md:pt-2", open ? "block" : "hidden")}>
        {items.map((item) => {
          const isCurrent = item.href === current;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={isCurrent ? "page" : undefined}
                className={cn(
                  "flex min-h-touch items-center rounded-[var(--radius-control)] border-l-4 px-3 text-sm font-medium",
                  isCurrent ? "border-brand-200 bg-white/15 text-white" : "border-transparent text-brand-50 hover:bg-white/10",
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
