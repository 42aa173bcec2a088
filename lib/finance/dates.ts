// Calendar dates as ISO "yyyy-mm-dd" strings, counted in whole UTC days so no time zone or
// daylight-saving change can add or lose a day of interest.

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a valid ISO date; throws on "2025-02-30" and other non-dates. */
export function toEpochDay(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`not an ISO date: ${date}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(0);
  // setUTCFullYear, unlike Date.UTC, leaves years 0–99 alone; "02-30" rolls into March, so refuse it.
  check.setUTCFullYear(year, month - 1, day);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`not a calendar date: ${date}`);
  }
  return check.getTime() / MS_PER_DAY;
}

export function isIsoDate(value: string): boolean {
  try {
    toEpochDay(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * The years a date typed into the app may carry. PostgreSQL's date type refuses year 0000, and years
 * 0001–0099 are a typo ("0025" for "2025") that would be stored; JavaScript's Date.UTC reads them as
 * 1900–1999. 1900 leaves room for a debt overdue for decades, 2100 for a plan or pause years ahead.
 */
export const MIN_STORABLE_YEAR = 1900;
export const MAX_STORABLE_YEAR = 2100;
const FIRST_STORABLE = `${MIN_STORABLE_YEAR}-01-01`;
const LAST_STORABLE = `${MAX_STORABLE_YEAR}-12-31`;

/** A calendar date within the storable years (see MIN_STORABLE_YEAR). */
export function isStorableDate(value: string): boolean {
  if (!isIsoDate(value)) return false;
  const year = Number(value.slice(0, 4));
  return year >= MIN_STORABLE_YEAR && year <= MAX_STORABLE_YEAR;
}

/** The nearest storable date, so a range built from any calendar date converts to instants. */
export function clampToStorable(date: IsoDate): IsoDate {
  const day = toEpochDay(date);
  if (day < toEpochDay(FIRST_STORABLE)) return FIRST_STORABLE;
  if (day > toEpochDay(LAST_STORABLE)) return LAST_STORABLE;
  return date;
}

export function fromEpochDay(epochDay: number): IsoDate {
  const d = new Date(epochDay * MS_PER_DAY);
  const y = d.getUTCFullYear().toString().padStart(4, "0");
  const m = (d.getUTCMonth() + 1).toString().padStart(2, "0");
  const day = d.getUTCDate().toString().padStart(2, "0");
  return `${y}-${m}-${day}`;
}

/** Whole days from `start` to `end` (end exclusive): 2025-01-01 → 2025-02-01 is 31. */
export function daysBetween(start: IsoDate, end: IsoDate): number {
  return toEpochDay(end) - toEpochDay(start);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isSafeInteger(days)) throw new RangeError(`days must be an integer, got ${days}`);
  return fromEpochDay(toEpochDay(date) + days);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Same day `years` later; 29 February lands on 28 February in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  if (!Number.isSafeInteger(years)) throw new RangeError(`years must be an integer, got ${years}`);
  toEpochDay(date);
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const year = y + years;
  const day = m === 2 && d === 29 && !isLeapYear(year) ? 28 : d;
  const result = `${year.toString().padStart(4, "0")}-${date.slice(5, 7)}-${day.toString().padStart(2, "0")}`;
  toEpochDay(result);
  return result;
}
