import { dateFormat } from "./formats";

/** An agency calendar date ("yyyy-mm-dd") for reading — 2026年12月3日 / 3 Dec 2026 — without shifting it through a zone. */
export function formatDay(day: string, locale: string): string {
  return dateFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
}
