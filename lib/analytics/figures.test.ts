import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { agreementRate, byRateAscending, emptyCounts, formatDays, formatPercent, monthsBetween, roundDays, type FigureRow } from "./figures";

const row = (label: string, decided: number, agreed: number): FigureRow => ({ ...emptyCounts(), key: label, label, decided, agreed, requests: decided, median: { days: null, n: 0 } });

describe("agreement rate", () => {
  it("is (agreed + partially agreed) / decided, half-up to one decimal, with its n", () => {
    expect(agreementRate({ decided: 6, agreed: 3, partial: 1 })).toEqual({ n: 6, agreedAny: 4, percent: 66.7, tooFew: false });
    expect(agreementRate({ decided: 3, agreed: 1, partial: 0 })).toEqual({ n: 3, agreedAny: 1, percent: 33.3, tooFew: true });
    expect(agreementRate({ decided: 8, agreed: 1, partial: 0 }).percent).toBe(12.5);
    expect(agreementRate({ decided: 16, agreed: 1, partial: 0 }).percent).toBe(6.3); // 6.25 rounds up
    expect(agreementRate({ decided: 0, agreed: 0, partial: 0 })).toEqual({ n: 0, agreedAny: 0, percent: null, tooFew: true });
    expect(agreementRate({ decided: 5, agreed: 5, partial: 0 })).toMatchObject({ percent: 100, tooFew: false });
  });

  it("stays between 0 and 100 and within a rounding step of the exact value", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), (n, k) => {
        const agreed = k % (n + 1);
        const { percent } = agreementRate({ decided: n, agreed, partial: 0 });
        expect(percent).not.toBeNull();
        expect(percent!).toBeGreaterThanOrEqual(0);
        expect(percent!).toBeLessThanOrEqual(100);
        expect(Math.abs(percent! - (agreed * 100) / n)).toBeLessThanOrEqual(0.05 + 1e-9);
      }),
    );
  });
});

describe("formatting", () => {
  it("formats rates and days the same way everywhere", () => {
    expect(formatPercent(66.7, "en")).toBe("66.7%");
    expect(formatPercent(100, "zh-CN")).toBe("100.0%");
    expect(formatPercent(null, "en")).toBeNull();
    expect(roundDays(14.5)).toBe(14.5);
    expect(roundDays(10.25)).toBe(10.3);
    expect(roundDays(null)).toBeNull();
    expect(formatDays(183, "en")).toBe("183.0");
    expect(formatDays(1234.5, "en")).toBe("1,234.5");
  });
});

describe("ordering and months", () => {
  it("puts the lowest comparable rate first and too-few rows last", () => {
    const sorted = byRateAscending([row("A", 10, 9), row("B", 2, 0), row("C", 10, 2), row("D", 0, 0)]);
    expect(sorted.map((r) => r.label)).toEqual(["C", "A", "B", "D"]);
  });

  it("lists every month between two dates", () => {
    expect(monthsBetween("2025-11-15", "2026-02-01")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(monthsBetween("2026-03-01", "2026-03-31")).toEqual(["2026-03"]);
  });
});
