"use client";

import { dateFormat } from "@/lib/i18n/formats";
import { useLocale } from "next-intl";
import { useSyncExternalStore } from "react";

const noop = () => () => {};

/**
 * An instant in the viewer's own time zone. The server renders it in the agency's zone; once in
 * the browser it switches to the browser's zone (the two match for most staff).
 */
export function LocalTime({ iso, agencyTimeZone }: { iso: string; agencyTimeZone: string }) {
  const locale = useLocale();
  const timeZone = useSyncExternalStore(noop, () => Intl.DateTimeFormat().resolvedOptions().timeZone, () => agencyTimeZone);
  const text = dateFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(new Date(iso));
  return <time dateTime={iso}>{text}</time>;
}
