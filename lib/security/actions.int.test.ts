import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { freshDatabase } from "@/lib/testing/db";
import { useTempStorage } from "@/lib/documents/testing/fixtures";
import { ACTION_CASES } from "./testing/action-cases";
import { discoverServerActions } from "./testing/discover";
import { describeOutcome, loadActionModules, prepare, run } from "./testing/call";
import { SECRET_MARKERS, WHO, loadPeople, person, roleOf, zhangId, type Who } from "./testing/fixtures";
import { fingerprint, refusedOutcome, succeeded } from "./testing/harness";

vi.mock("@/lib/auth/session", async () => (await import("./testing/harness")).sessionMock);
vi.mock("next/navigation", async () => (await import("./testing/harness")).navigationMock);
vi.mock("next/headers", async () => (await import("./testing/harness")).headersMock);
vi.mock("next-intl/server", async () => (await import("./testing/harness")).intlMock);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));
vi.mock("@/lib/auth", async () => (await import("./testing/auth-mock")).authMock);
vi.mock("next-auth", async () => (await import("./testing/auth-mock")).nextAuthMock);

/**
 * Every server action, called in-process as every kind of session against a row that belongs to
 * `counsellor`'s client: the allowed callers succeed and change the data; everyone else is refused
 * (login redirect, 404 or a refusal state) with none of the row's data and no change in the database.
 */
let database: { db: Db; drop: () => Promise<void> };
let files: ReturnType<typeof useTempStorage>;

beforeAll(async () => {
  database = await freshDatabase();
  files = useTempStorage();
  await loadPeople();
  await loadActionModules(Object.keys(ACTION_CASES));
});
afterAll(async () => {
  await database.drop();
  files.cleanup();
});

it("every server action in the source is in the matrix (a new action fails here until it is listed)", () => {
  const found = discoverServerActions();
  expect(found.length).toBeGreaterThan(20);
  expect(found.filter((key) => !(key in ACTION_CASES)), "add these actions to lib/security/testing/action-cases.ts").toEqual([]);
  expect(Object.keys(ACTION_CASES).filter((key) => !found.includes(key)), "stale matrix entries").toEqual([]);
});

const EXTRA: Record<string, () => Promise<string>> = {
  role: async () => "admin",
  status: async () => "closed",
  counsellorId: async () => person("otherCounsellor").id,
  clientId: () => zhangId(),
  userId: async () => person("admin").id,
};

/** The result without its `values` when every one of them is exactly what the caller sent. */
function withoutEcho(result: unknown, sent: Record<string, unknown>): unknown {
  if (!result || typeof result !== "object" || !("values" in result)) return result;
  const { values, ...rest } = result as { values?: Record<string, unknown> };
  const echoed = Object.entries(values ?? {}).every(([k, v]) => k in sent && String(sent[k]) === v);
  return echoed ? rest : result;
}

describe.each(Object.entries(ACTION_CASES))("%s", (key, c) => {
  it.each(WHO.map((who) => [who]))("as %s", async (who) => {
    const publicAction = c.allowed === "public";
    const call = await prepare(key, c, who);
    const before = await fingerprint();
    const outcome = await run(call, who);
    expect(outcome.kind, describeOutcome(outcome)).not.toBe("error");
    const after = await fingerprint();
    if (publicAction) {
      expect(c.publicOutcome!(outcome, who), describeOutcome(outcome)).toBe(true);
    } else if (c.allowed.includes(who)) {
      expect(succeeded(outcome), describeOutcome(outcome)).toBe(true);
      if (c.changes !== false) expect(after, "an allowed call changes the data").not.toEqual(before);
    } else {
      expect(refusedOutcome(outcome), describeOutcome(outcome)).toBe(true);
      // A refused form may hand back what its caller typed (so nothing typed is lost), and nothing else.
      const text = JSON.stringify("result" in outcome ? withoutEcho(outcome.result, call.fields) : null);
      for (const marker of SECRET_MARKERS) expect(text).not.toContain(marker);
      expect(after, "a refused call changes nothing").toEqual(before);
    }
  });

  if ((c.extraFields ?? "refused") === "none") return;
  it.each(Object.keys(EXTRA).map((field) => [field]))("refuses or ignores an extra %s field", async (field) => {
    const who: Who = c.allowed === "public" ? "counsellor" : c.allowed[0]!;
    const call = await prepare(key, c, who);
    if (field in call.fields) return; // a real field of this form, covered above
    const roleBefore = await roleOf(who);
    const before = await fingerprint();
    const outcome = await run(call, who, { ...call.fields, [field]: await EXTRA[field]!() });
    expect(outcome.kind, describeOutcome(outcome)).not.toBe("error");
    expect(await roleOf(who)).toBe(roleBefore);
    if (c.extraFields === "ignored") return;
    expect(refusedOutcome(outcome), describeOutcome(outcome)).toBe(true);
    expect(await fingerprint(), "nothing saved").toEqual(before);
  });
});
