import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assertSafeInteger, divRound, FinanceOverflowError, toSafeNumber } from "./rounding";

describe("divRound", () => {
  it("rounds halves away from zero whatever the signs", () => {
    expect(divRound(5n, 2n)).toBe(3n);
    expect(divRound(-5n, 2n)).toBe(-3n);
    expect(divRound(5n, -2n)).toBe(-3n);
    expect(divRound(-5n, -2n)).toBe(3n);
  });

  it("rounds non-halves to the nearest integer", () => {
    expect(divRound(7n, 3n)).toBe(2n);
    expect(divRound(8n, 3n)).toBe(3n);
    expect(divRound(-7n, 3n)).toBe(-2n);
    expect(divRound(-8n, 3n)).toBe(-3n);
    expect(divRound(0n, 7n)).toBe(0n);
  });

  it("refuses a zero divisor", () => {
    expect(() => divRound(1n, 0n)).toThrow(RangeError);
  });

  it("is the nearest integer, ties going away from zero", () => {
    const nonZero = fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).filter((b) => b !== 0n);
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), nonZero, (a, b) => {
        const q = divRound(a, b);
        const abs = (x: bigint) => (x < 0n ? -x : x);
        const error = abs(a - q * b) * 2n;
        expect(error <= abs(b)).toBe(true);
        if (error === abs(b)) expect(abs(q * b) > abs(a)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("safe integer guards", () => {
  it("accepts safe integers and refuses fractions, NaN and overflow", () => {
    expect(() => assertSafeInteger(9007199254740991, "x")).not.toThrow();
    expect(() => assertSafeInteger(1.5, "x")).toThrow(RangeError);
    expect(() => assertSafeInteger(Number.NaN, "x")).toThrow(RangeError);
    expect(() => assertSafeInteger(2 ** 53, "x")).toThrow(RangeError);
  });

  it("converts a BigInt back only when a number holds it exactly", () => {
    expect(toSafeNumber(9007199254740991n)).toBe(9007199254740991);
    expect(toSafeNumber(-9007199254740991n)).toBe(-9007199254740991);
    expect(() => toSafeNumber(9007199254740992n)).toThrow(RangeError);
    // Its own kind of RangeError, so a screen can tell "too large to work out" from a bad input.
    expect(() => toSafeNumber(-9007199254740992n, "interest")).toThrow(FinanceOverflowError);
    expect(() => toSafeNumber(-9007199254740992n, "interest")).toThrow("interest is outside the safe integer range");
  });
});
