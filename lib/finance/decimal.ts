// Decimal strings ↔ scaled integers, so user input never passes through a float.

export type DecimalParseError = "invalid" | "negative" | "too_many_decimals";
export type DecimalParseResult = { ok: true; value: bigint } | { ok: false; error: DecimalParseError };

// Digits with optional thousands groups ("1,234,567"), then an optional fraction.
const DECIMAL = /^(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?$/;

/**
 * Parses a typed decimal ("1,234.56", "1234.5", ".5") into an integer scaled by 10^scale.
 * Fraction digits past `scale` are accepted only when they are zeros, because "1.50000" pasted
 * from a spreadsheet means exactly 1.5.
 */
export function parseDecimal(input: string, scale: number): DecimalParseResult {
  // NFKC folds full-width digits and punctuation typed through a Chinese IME ("１２．５").
  let text = input.normalize("NFKC").trim();
  let negative = false;
  if (text.startsWith("-")) {
    negative = true;
    text = text.slice(1);
  }
  const match = DECIMAL.exec(text);
  if (!match) return { ok: false, error: "invalid" };
  const whole = (match[1] ?? "").replaceAll(",", "");
  const fraction = match[2] ?? "";
  if (whole === "" && fraction === "") return { ok: false, error: "invalid" };
  const kept = fraction.slice(0, scale);
  if (/[^0]/.test(fraction.slice(scale))) return { ok: false, error: "too_many_decimals" };
  const value = BigInt((whole || "0") + kept.padEnd(scale, "0"));
  if (negative && value !== 0n) return { ok: false, error: "negative" };
  return { ok: true, value };
}

/**
 * Writes an integer scaled by 10^scale as a plain decimal string, keeping at least
 * `minDecimals` fraction digits and dropping further trailing zeros (500000, 7, 2 → "0.05").
 */
export function formatScaled(value: bigint, scale: number, minDecimals: number): string {
  const sign = value < 0n ? "-" : "";
  const digits = (value < 0n ? -value : value).toString().padStart(scale + 1, "0");
  const whole = digits.slice(0, digits.length - scale);
  let fraction = digits.slice(digits.length - scale);
  while (fraction.length > minDecimals && fraction.endsWith("0")) fraction = fraction.slice(0, -1);
  return fraction === "" ? `${sign}${whole}` : `${sign}${whole}.${fraction}`;
}
