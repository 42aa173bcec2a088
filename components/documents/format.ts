import { numberFormat } from "@/lib/i18n/formats";
/** "1.2 MB", "340 KB": file sizes as people read them, in the user's locale. */
export function formatSize(bytes: number, locale: string): string {
  const units = ["byte", "kilobyte", "megabyte"] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return numberFormat(locale, { style: "unit", unit: units[unit], unitDisplay: "short", maximumFractionDigits: 1 }).format(value);
}

export function displayStatus(doc: { deletedAt: Date | null; reviewStatus: "pending" | "accepted" | "rejected" }) {
  return doc.deletedAt ? "withdrawn" : doc.reviewStatus;
}
