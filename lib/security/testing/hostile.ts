import fc from "fast-check";
import { sql } from "drizzle-orm";
import { db, rowsOf } from "@/db/client";

/** Strings that have broken web apps: huge, control characters, bidi marks, formula leads, markup. */
const NASTY = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\u202eevil\u202c",
  "\u200f\u200e",
  "<script>alert(1)</script>",
  "=HYPERLINK(\"http://x\")",
  "+1-2",
  "-1",
  "@SUM(A1)",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "💸🏦👨‍👩‍👧",
  "张伟 借呗 ＣＮＹ",
  "مرحبا",
  "０１２３",
  "1e308",
  "-99999999999999999999999",
  "99999999999999999999999999.99",
  "NaN",
  "Infinity",
  "0x10",
  "1,000.00",
  "¥1,000",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "2025-02-30",
  "9999-12-31",
  "0000-00-00",
  "00000000-0000-0000-0000-000000000000",
  "'; DROP TABLE clients; --",
  "\uD800",
  "\uDFFF",
  "x".repeat(70_000),
  "9".repeat(500),
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
  { weight: 2, arbitrary: fc.integer({ min: -2_147_483_648, max: 2_147_483_647 }).map(String) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }).map(String) },
  { weight: 1, arbitrary: fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 200, maxLength: 5000 }) },
);

const SUFFIXES = ["\u0000", "\u202e", "<script>x</script>", "=1+1", "💸", "张", "\uD800", " "];

const KEYS = ["__proto__", "constructor", "prototype", "role", "status", "counsellorId", "clientId", "version", "$ACTION_ID_x", "a".repeat(300), "名字"];

/** A valid form with one to three fields replaced, repeated, dropped, or joined by a hostile key. */
export function mutatedForm(valid: Record<string, string | string[]>): fc.Arbitrary<Record<string, string | string[]>> {
  const names = Object.keys(valid);
  const fieldName = names.length ? fc.oneof(fc.constantFrom(...names), fc.constantFrom(...KEYS)) : fc.constantFrom(...KEYS);
  const change = fc.record({
    name: fieldName,
    op: fc.constantFrom("replace", "array", "drop", "append", "append"),
    value: hostileString,
    extra: hostileString,
  });
  return fc.array(change, { minLength: 1, maxLength: 3 }).map((changes) => {
    const out: Record<string, string | string[]> = { ...valid };
    for (const { name, op, value, extra } of changes) {
      if (op === "drop") delete out[name];
      else if (op === "array") out[name] = [value, extra];
      // Still mostly valid, so the text reaches the database: NUL, bidi override, markup, formula, emoji.
      else if (op === "append") out[name] = `${String(out[name] ?? "")}${SUFFIXES[value.length % SUFFIXES.length]}`;
      else Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
    }
    return out;
  });
}

let countQuery: string | undefined;
/** Rows per application table in one round trip, to prove a refused input left no partial row. */
export async function rowCounts(): Promise<Record<string, number>> {
  if (!countQuery) {
    const tables = rowsOf<{ name: string }>(
      await db().execute(sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not in ('audit_log', 'rate_limits')`),
    ).map((r) => r.name);
    countQuery = `select json_build_object(${tables.map((t) => `'${t}', (select count(*) from "${t}")`).join(", ")}) as counts`;
  }
  const [row] = rowsOf<{ counts: Record<string, number> | string }>(await db().execute(sql.raw(countQuery)));
  return typeof row!.counts === "string" ? (JSON.parse(row!.counts) as Record<string, number>) : row!.counts;
}

/** A thrown error's text must never reach the user. */
export const STACK_TRACE = /\n\s+at\s|node_modules|\.tsx?:\d+|Error: |TypeError|SyntaxError|PostgresError|drizzle/;
