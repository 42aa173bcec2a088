/** An agency calendar date ("yyyy-mm-dd") for reading: 2026年12月3日 / 3 Dec 2026. */
export function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
}
