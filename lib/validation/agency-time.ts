// A datetime-local input carries no zone: staff type the agency's wall-clock time (Asia/Shanghai by
// default) and it is stored as an instant. These helpers turn one into the other without a library.
import { addDays, clampToStorable, type IsoDate } from "@/lib/finance/dates";
import { dateFormat } from "@/lib/i18n/formats";

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = dateFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return wall - Math.floor(instant / 1000) * 1000;
}

/** "2026-11-29T14:30" in `timeZone` as a Date, or null when the text is not a real date and time. */
export function wallTimeToInstant(local: string, timeZone: string): Date | null {
  const m = LOCAL.exec(local.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? "0"].map(Number) as [number, number, number, number, number, number];
  const guess = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(guess);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  // Two passes settle the offset even next to a daylight-saving change.
  let instant = guess - zoneOffsetMs(guess, timeZone);
  instant = guess - zoneOffsetMs(instant, timeZone);
  return new Date(instant);
}

/**
 * The agency days [from 00:00, the day after `to` 00:00) as instants. Days outside the storable years
 * are held to them first: the day after 9999-12-31 has five digits and Date.UTC reads 0025 as 1925, so
 * without that a calendar date could give no instant at all.
 */
export function agencyDayRange(from: IsoDate, to: IsoDate, timeZone: string): { start: Date; end: Date } {
  const start = wallTimeToInstant(`${clampToStorable(from)}T00:00`, timeZone);
  const end = wallTimeToInstant(`${addDays(clampToStorable(to), 1)}T00:00`, timeZone);
  // Unreachable for a calendar date (2101-01-01 is the latest day asked for); kept for the type.
  if (!start || !end) throw new RangeError(`no instants for ${from}–${to}`);
  return { start, end };
}

/** The instant as the agency's wall-clock "yyyy-mm-ddThh:mm", for prefilling a datetime-local input. */
export function instantToWallTime(instant: Date, timeZone: string): string {
  const shifted = new Date(Math.floor(instant.getTime() / 1000) * 1000 + zoneOffsetMs(instant.getTime(), timeZone));
  return shifted.toISOString().slice(0, 16);
}

/** The agency's calendar date of an instant ("yyyy-mm-dd"; en-CA writes dates that way). */
export function instantToAgencyDate(instant: Date, timeZone: string): string {
  return dateFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
}
