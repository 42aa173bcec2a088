import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { useTempStorage } from "@/lib/documents/testing/fixtures";
import { freshDatabase } from "@/lib/testing/db";
import { ACTION_CASES } from "./testing/action-cases";
import { describeOutcome, loadActionModules, prepare, run } from "./testing/call";
import { loadPeople, type Who } from "./testing/fixtures";
import { STACK_TRACE, mutatedForm, rowCounts } from "./testing/hostile";

vi.mock("@/lib/auth/session", async () => (await import("./testing/harness")).sessionMock);
vi.mock("next/navigation", async () => (await import("./testing/harness")).navigationMock);
vi.mock("next/headers", async () => (await import("./testing/harness")).headersMock);
vi.mock("next-intl/server", async () => (await import("./testing/harness")).intlMock);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));
vi.mock("@/lib/auth", async () => (await import("./testing/auth-mock")).authMock);
vi.mock("next-auth", async () => (await import("./testing/auth-mock")).nextAuthMock);

/**
 * Malformed input at every server action, as a caller who may use it: wrong types, huge strings,
 * `__proto__` keys, lone surrogates, NUL, bidi marks, Chinese, emoji, numbers as strings, negative and
 * huge money. Nothing may throw (a 500), no stack trace may reach the result, and a refused input
 * leaves every table's row count as it was.
 */
export const RUNS_PER_ACTION = Number(process.env.FUZZ_RUNS ?? 125);

let database: { db: Db; drop: () => Promise<void> };
let files: ReturnType<typeof useTempStorage>;
beforeAll(async () => {
  vi.spyOn(console, "info").mockImplementation(() => {});
  database = await freshDatabase();
  files = useTempStorage();
  await loadPeople();
  await loadActionModules(Object.keys(ACTION_CASES));
});
afterAll(async () => {
  await database.drop();
  files.cleanup();
});

const fuzzed = Object.entries(ACTION_CASES).filter(([, c]) => !["none", "bound"].includes(c.shape ?? "state"));

describe("server actions under malformed input", () => {
  it.each(fuzzed)("%s", async (key, c) => {
    const who: Who = c.allowed === "public" ? "counsellor" : c.allowed[0]!;
    const call = await prepare(key, c, who);
    let runs = 0;
    // Counts are read again only after an accepted input; a refused one must leave them as they were.
    let counts = await rowCounts();
    await fc.assert(
      fc.asyncProperty(mutatedForm(call.fields), fc.boolean(), async (fields, hostileBound) => {
        runs++;
        const bound = hostileBound && call.bound.length ? call.bound.map(() => "../../etc/passwd") : call.bound;
        const outcome = await run(call, who, fields, bound);
        const text = describeOutcome(outcome);
        expect(outcome.kind, text).not.toBe("error");
        if (outcome.kind === "refused" || outcome.kind === "notFound" || outcome.kind === "login") {
          expect(text).not.toMatch(STACK_TRACE);
          expect(await rowCounts(), `partial row after ${text.slice(0, 300)}`).toEqual(counts);
        } else counts = await rowCounts();
      }),
      { numRuns: RUNS_PER_ACTION, seed: Number(process.env.FUZZ_SEED ?? 20261129), endOnFailure: true },
    );
    expect(runs).toBeGreaterThanOrEqual(RUNS_PER_ACTION);
  }, 120_000);
});
