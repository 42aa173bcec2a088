import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatScaled, parseDecimal } from "./decimal";

describe("parseDecimal", () => {
  it("scales plain, grouped and fraction-only input", () => {
    expect(parseDecimal("1,234,567.8", 2)).toEqual({ ok: true, value: 123456780n });
    expect(parseDecimal(".5", 2)).toEqual({ ok: true, value: 50n });
    expect(parseDecimal("12.", 2)).toEqual({ ok: true, value: 1200n });
    expect(parseDecimal("0", 0)).toEqual({ ok: true, value: 0n });
  });

  it("accepts surplus fraction digits only when they are zeros", () => {
    expect(parseDecimal("1.50000", 2)).toEqual({ ok: true, value: 150n });
    expect(parseDecimal("1.501", 2)).toEqual({ ok: false, error: "too_many_decimals" });
    expect(parseDecimal("7.0", 0)).toEqual({ ok: true, value: 7n });
  });

  it("treats minus zero as zero and any other minus as negative", () => {
    expect(parseDecimal("-0.00", 2)).toEqual({ ok: true, value: 0n });
    expect(parseDecimal("-0.01", 2)).toEqual({ ok: false, error: "negative" });
    expect(parseDecimal("-x", 2)).toEqual({ ok: false, error: "invalid" });
  });

  it.each(["", " ", ".", "-", "1,23", "1,2345", ",123", "1.2.3", "1 000", "+5", "1e5", "0x10", "NaN"])(
    "refuses %j as invalid",
    (input) => {
      expect(parseDecimal(input, 2)).toEqual({ ok: false, error: "invalid" });
    },
  );
});

describe("formatScaled", () => {
  it("keeps the minimum decimals and drops further trailing zeros", () => {
    expect(formatScaled(500000n, 7, 2)).toBe("0.05");
    expect(formatScaled(182500000n, 7, 2)).toBe("18.25");
    expect(formatScaled(240000000n, 7, 2)).toBe("24.00");
    expect(formatScaled(325000n, 7, 2)).toBe("0.0325");
    expect(formatScaled(-15n, 1, 1)).toBe("-1.5");
    expect(formatScaled(42n, 0, 2)).toBe("42");
  });

  it("round-trips through parseDecimal for every scale", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 9 }), (value, scale) => {
        expect(parseDecimal(formatScaled(value, scale, 0), scale)).toEqual({ ok: true, value });
      }),
      { numRuns: 1000 },
    );
  });
});
