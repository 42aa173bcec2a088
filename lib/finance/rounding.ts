// Every calculation in lib/finance works on exact integers (BigInt where a product could pass
// 2^53) and rounds exactly once, here, half away from zero.

/** Divides and rounds half away from zero: 2.5 → 3, −2.5 → −3. */
export function divRound(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError("division by zero");
  // Normalise the sign onto the numerator so the half test below only sees a positive divisor.
  const num = denominator < 0n ? -numerator : numerator;
  const den = denominator < 0n ? -denominator : denominator;
  const magnitude = num < 0n ? -num : num;
  const quotient = magnitude / den;
  const remainder = magnitude % den;
  const rounded = remainder * 2n >= den ? quotient + 1n : quotient;
  return num < 0n ? -rounded : rounded;
}

/** Throws unless `value` is a safe integer; guards every public entry point. */
export function assertSafeInteger(value: number, label: string): void {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${label} must be a safe integer, got ${value}`);
  }
}

export function assertNonNegativeInteger(value: number, label: string): void {
  assertSafeInteger(value, label);
  if (value < 0) throw new RangeError(`${label} must not be negative, got ${value}`);
}

/**
 * A result too large for a number to hold exactly. Inputs the forms accept can still produce one
 * (a ¥100 billion balance at 1000% a day, compounded for years), so screens catch it and say the
 * figure cannot be worked out instead of failing the page.
 */
export class FinanceOverflowError extends RangeError {
  constructor(label: string) {
    super(`${label} is outside the safe integer range`);
    this.name = "FinanceOverflowError";
  }
}

/** Converts a BigInt result back to a number, refusing anything a number cannot hold exactly. */
export function toSafeNumber(value: bigint, label = "result"): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new FinanceOverflowError(label);
  }
  return Number(value);
}
