import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, addYears, clampToStorable, daysBetween, fromEpochDay, isIsoDate, isStorableDate, toEpochDay } from "./dates";

describe("daysBetween", () => {
  it("counts whole days, end exclusive", () => {
    expect(daysBetween("2025-01-01", "2025-02-01")).toBe(31);
    expect(daysBetween("2024-02-01", "2024-03-01")).toBe(29);
    expect(daysBetween("2025-02-01", "2025-03-01")).toBe(28);
    expect(daysBetween("2025-01-01", "2026-01-01")).toBe(365);
    expect(daysBetween("2025-03-01", "2025-03-01")).toBe(0);
    expect(daysBetween("2025-03-10", "2025-03-01")).toBe(-9);
  });

  it("is not thrown off by a daylight-saving change", () => {
    expect(daysBetween("2025-03-29", "2025-03-31")).toBe(2);
    expect(daysBetween("2025-10-25", "2025-10-27")).toBe(2);
  });
});

describe("ISO date validation", () => {
  it.each(["2025-02-30", "2023-02-29", "2025-13-01", "2025-00-10", "2025-1-05", "25-01-05", "2025-01-05T00:00", "", "2025-01-32"])(
    "refuses %j",
    (value) => {
      expect(isIsoDate(value)).toBe(false);
      expect(() => toEpochDay(value)).toThrow(RangeError);
    },
  );

  it("accepts leap days in leap years", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2000-02-29")).toBe(true);
    expect(isIsoDate("1900-02-29")).toBe(false);
  });
});

describe("addYears", () => {
  it("moves 29 February to 28 February in a common year", () => {
    expect(addYears("2020-02-29", 5)).toBe("2025-02-28");
    expect(addYears("2020-02-29", 4)).toBe("2024-02-29");
    expect(addYears("2024-02-28", 1)).toBe("2025-02-28");
    expect(addYears("2023-03-01", 1)).toBe("2024-03-01");
  });

  it("refuses a non-date", () => {
    expect(() => addYears("2023-02-29", 5)).toThrow(RangeError);
  });
});

describe("addDays and epoch days", () => {
  it("add days across month and year ends", () => {
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(fromEpochDay(0)).toBe("1970-01-01");
    expect(addDays("0099-12-31", 1)).toBe("0100-01-01");
  });

  it("daysBetween undoes addDays", () => {
    const start = fc.integer({ min: toEpochDay("1950-01-01"), max: toEpochDay("2100-12-31") }).map(fromEpochDay);
    fc.assert(
      fc.property(start, fc.integer({ min: -20_000, max: 20_000 }), (date, days) => {
        const later = addDays(date, days);
        expect(isIsoDate(later)).toBe(true);
        expect(daysBetween(date, later)).toBe(days);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("storable dates", () => {
  // PostgreSQL refuses year 0000 (22008); 0025 is a typo for 2025 that would be stored as such.
  it.each(["0000-01-01", "0001-01-01", "0025-03-01", "0099-12-31", "1899-12-31", "2101-01-01", "9999-12-31", "2025-02-30", ""])("refuses %j", (value) => {
    expect(isStorableDate(value)).toBe(false);
  });

  it.each(["1900-01-01", "1965-07-15", "2025-03-01", "2100-12-31"])("accepts %j", (value) => {
    expect(isStorableDate(value)).toBe(true);
  });

  it("holds any calendar date to the storable years", () => {
    expect(clampToStorable("0000-01-01")).toBe("1900-01-01");
    expect(clampToStorable("1899-12-31")).toBe("1900-01-01");
    expect(clampToStorable("2025-03-01")).toBe("2025-03-01");
    expect(clampToStorable("9999-12-31")).toBe("2100-12-31");
    fc.assert(
      fc.property(fc.integer({ min: toEpochDay("0000-01-01"), max: toEpochDay("9999-12-31") }), (day) => {
        expect(isStorableDate(clampToStorable(fromEpochDay(day)))).toBe(true);
      }),
    );
  });
});
