import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { clients } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { freshDatabase, sessionFor } from "@/lib/testing/db";

// React's `cache` keeps values per server request; outside one (these tests) it keeps nothing. Here
// it is given one request at a time, `newRequest()` starting the next, as a server render has it.
const request = vi.hoisted(() => ({ values: new Map<unknown, unknown>() }));
vi.mock("react", async (original) => ({
  ...(await original<typeof import("react")>()),
  cache: <T extends (...args: never[]) => unknown>(fn: T) =>
    ((...args: never[]) => {
      const key = fn;
      if (args.length === 0 && request.values.has(key)) return request.values.get(key);
      const value = fn(...args);
      if (args.length === 0) request.values.set(key, value);
      return value;
    }) as T,
}));
const newRequest = () => request.values.clear();

const { assertClientVisible } = await import("./access");
const { getClient } = await import("./clients");
const { NotFoundError } = await import("./errors");

let database: { db: Db; drop: () => Promise<void> };
let counsellor: SessionUser;
let other: SessionUser;
let clientId = "";

beforeAll(async () => {
  database = await freshDatabase();
  counsellor = await sessionFor("counsellor@demo.accord.test");
  other = await sessionFor("counsellor2@demo.accord.test");
  const [client] = await database.db.select({ id: clients.id }).from(clients).where(eq(clients.fullName, "张伟"));
  clientId = client!.id;
});
afterAll(() => database.drop());


describe("a client's visibility, checked once per request", () => {
  it("is not asked again in the request that established it, and never stands for another user", async () => {
    newRequest();
    await getClient(counsellor, clientId);
    // Moved away within the request: the request already showed the client, so its lists may too…
    await database.db.update(clients).set({ counsellorId: other.id }).where(eq(clients.id, clientId));
    await expect(assertClientVisible(counsellor, clientId)).resolves.toBeUndefined();
    // …but the next request asks the database again and is refused.
    newRequest();
    await expect(assertClientVisible(counsellor, clientId)).rejects.toBeInstanceOf(NotFoundError);
    // What one user established says nothing for another in the same request.
    await expect(assertClientVisible(other, clientId)).resolves.toBeUndefined();
    await database.db.update(clients).set({ counsellorId: counsellor.id }).where(eq(clients.id, clientId));
    await expect(assertClientVisible(other, clientId)).resolves.toBeUndefined(); // remembered for `other` in this request
    newRequest();
    await expect(assertClientVisible(other, clientId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(assertClientVisible(counsellor, clientId)).resolves.toBeUndefined();
  });

  it("does not remember a refusal as a pass, nor a check made inside a transaction", async () => {
    newRequest();
    await expect(assertClientVisible(other, clientId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(assertClientVisible(other, clientId)).rejects.toBeInstanceOf(NotFoundError);
    newRequest();
    await database.db.transaction(async (tx) => assertClientVisible(counsellor, clientId, tx));
    await database.db.update(clients).set({ counsellorId: other.id }).where(eq(clients.id, clientId));
    await expect(assertClientVisible(counsellor, clientId)).rejects.toBeInstanceOf(NotFoundError);
  });
});
