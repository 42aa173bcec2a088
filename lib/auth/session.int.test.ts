import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { countUnread, markAllRead, notify } from "@/lib/dal/notifications";
import { freshDatabase, sessionFor } from "@/lib/testing/db";
import type { SessionUser } from "./permissions";

type Claims = { id: string; role: SessionUser["role"]; sessionVersion: number; secondFactor: "ok" | "pending" };
let token: Claims | null = null;
vi.mock("./session-token", () => ({ readSessionToken: async () => token }));

const { getCurrentUser, getPendingUser, unreadNotificationCount } = await import("./session");

let database: { db: Db; drop: () => Promise<void> };
const as: Record<string, SessionUser> = {};

beforeAll(async () => {
  database = await freshDatabase();
  for (const key of ["counsellor", "counsellor2"]) as[key] = await sessionFor(`${key}@demo.accord.test`);
});
afterAll(() => database.drop());
beforeEach(() => {
  token = null;
});

async function signIn(user: SessionUser, secondFactor: Claims["secondFactor"] = "ok"): Promise<void> {
  const [row] = await database.db.select({ sv: users.sessionVersion }).from(users).where(eq(users.id, user.id));
  token = { id: user.id, role: user.role, sessionVersion: row!.sv, secondFactor };
}

const notice = (user: SessionUser, key: string) => notify(database.db, { userId: user.id, kind: "review_due", link: "/dashboard", params: { client: "张伟", date: "2026-12-01" }, dedupeKey: key });

describe("the session check", () => {
  it("brings the signed-in user's own unread count with it, as the notifications list counts it", async () => {
    await signIn(as.counsellor!);
    await notice(as.counsellor!, "session-a");
    await notice(as.counsellor!, "session-b");
    await notice(as.counsellor2!, "session-c");
    expect(await getCurrentUser()).toEqual(as.counsellor);
    const before = await unreadNotificationCount();
    expect(before).toBeGreaterThanOrEqual(2);
    expect(before).toBe(await countUnread(as.counsellor!));

    // Another counsellor's notifications never show in this header, and marking read is seen at once.
    await notice(as.counsellor2!, "session-d");
    expect(await unreadNotificationCount()).toBe(before);
    await markAllRead(as.counsellor!);
    expect(await unreadNotificationCount()).toBe(0);
    await signIn(as.counsellor2!);
    expect(await unreadNotificationCount()).toBe(await countUnread(as.counsellor2!));
    expect(await unreadNotificationCount()).toBeGreaterThanOrEqual(2);
  });

  it("gives nobody's count to a half-signed-in, ended or missing session", async () => {
    await notice(as.counsellor!, "session-e");
    await signIn(as.counsellor!, "pending");
    expect(await getCurrentUser()).toBeNull();
    expect(await getPendingUser()).toEqual(as.counsellor);
    expect(await unreadNotificationCount()).toBe(0);

    // A token from before a password change (older session version) ends the session.
    await signIn(as.counsellor!);
    token = { ...token!, sessionVersion: token!.sessionVersion - 1 };
    expect(await getCurrentUser()).toBeNull();
    expect(await unreadNotificationCount()).toBe(0);

    token = null;
    expect(await getCurrentUser()).toBeNull();
    expect(await unreadNotificationCount()).toBe(0);
  });
});
