"use client";

import { useLinkStatus } from "next/link";

/**
 * A small pulsing mark inside a navigation link while the page it leads to is on its way. Pages here
 * are rendered per request and links do not prefetch (components/ui/link.tsx), so a click can wait
 * a moment for the server; without a mark nothing on screen said the click was taken. Must sit inside
 * a Link; it renders nothing until that link is followed.
 */
export function LinkPending() {
  const { pending } = useLinkStatus();
  if (!pending) return null;
  return <span aria-hidden="true" data-link-pending="" className="ml-2 inline-block size-2 shrink-0 animate-pulse rounded-full bg-current motion-reduce:animate-none" />;
}
