import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { clients, reviews } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { freshDatabase, sessionFor } from "@/lib/testing/db";
import { NotFoundError } from "./errors";
import { countOverdueReviewsByCounsellor, getReview, listClientReviews, listDueReviews } from "./reviews";

let database: { db: Db; drop: () => Promise<void> };
const as: Record<string, SessionUser> = {};
const clientOf: Record<string, string> = {};

beforeAll(async () => {
  database = await freshDatabase();
  for (const key of ["admin", "supervisor", "counsellor", "counsellor2", "counsellor3", "supervisor2", "client"]) as[key] = await sessionFor(`${key}@demo.accord.test`);
  const rows = await database.db.select({ id: clients.id, name: clients.fullName }).from(clients);
  for (const row of rows) clientOf[row.name] = row.id;
  // Start from a known state: the tests below own every scheduled review.
  await database.db.delete(reviews).where(inArray(reviews.clientId, Object.values(clientOf)));
});
afterAll(() => database.drop());

const TODAY = "2026-06-15";

describe("due reviews for the dashboard and supervision", () => {
  it("lists scheduled reviews due by the horizon, overdue first and oldest first, only the user's clients", async () => {
    await database.db.insert(reviews).values([
      { clientId: clientOf["陈静"]!, dueOn: "2026-06-18", source: "manual" },
      { clientId: clientOf["Tom Wilson"]!, dueOn: "2026-06-01", source: "plan_agreed" },
      { clientId: clientOf["刘洋"]!, dueOn: "2026-07-30", source: "manual" },
      { clientId: clientOf["张伟"]!, dueOn: "2026-06-10", source: "manual" },
      { clientId: clientOf["张伟"]!, dueOn: "2026-05-01", source: "manual", status: "completed" },
      { clientId: clientOf["黄磊"]!, dueOn: "2026-06-02", source: "manual" },
      { clientId: clientOf["孙丽"]!, dueOn: "2026-06-03", source: "manual" },
    ]);
    const mine = await listDueReviews(as.counsellor!, TODAY, "2026-06-22");
    expect(mine.map((r) => [r.clientName, r.dueOn, r.overdue])).toEqual([
      ["Tom Wilson", "2026-06-01", true],
      ["张伟", "2026-06-10", true],
      ["陈静", "2026-06-18", false],
    ]);
    expect(mine[0]).toMatchObject({ clientId: clientOf["Tom Wilson"], reviewId: expect.any(String) });
    expect((await listDueReviews(as.counsellor2!, TODAY, "2026-06-22")).map((r) => r.clientName)).toEqual(["黄磊"]);
    expect((await listDueReviews(as.supervisor!, TODAY, "2026-06-22")).map((r) => r.clientName)).toEqual(["Tom Wilson", "黄磊", "张伟", "陈静"]);
    expect(await listDueReviews(as.client!, TODAY, "2026-06-22")).toEqual([]);
    // Due today is not overdue.
    expect((await listDueReviews(as.counsellor!, "2026-06-18", "2026-06-18")).at(-1)).toMatchObject({ dueOn: "2026-06-18", overdue: false });
  });

  it("counts overdue reviews per counsellor within the user's reach", async () => {
    const team = await countOverdueReviewsByCounsellor(as.supervisor!, TODAY);
    expect(team.get(as.counsellor!.id)).toBe(2);
    expect(team.get(as.counsellor2!.id)).toBe(1);
    expect(team.has(as.counsellor3!.id)).toBe(false);
    const all = await countOverdueReviewsByCounsellor(as.admin!, TODAY);
    expect(all.get(as.counsellor3!.id)).toBe(1);
    const own = await countOverdueReviewsByCounsellor(as.counsellor2!, TODAY);
    expect([...own.entries()]).toEqual([[as.counsellor2!.id, 1]]);
    expect((await countOverdueReviewsByCounsellor(as.client!, TODAY)).size).toBe(0);
  });

  it("refuses another counsellor's client's reviews with a 404", async () => {
    const [row] = await database.db.select({ id: reviews.id }).from(reviews).where(eq(reviews.clientId, clientOf["黄磊"]!));
    await expect(listClientReviews(as.counsellor!, clientOf["黄磊"]!)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getReview(as.counsellor!, clientOf["黄磊"]!, row!.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getReview(as.client!, clientOf["黄磊"]!, row!.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getReview(as.counsellor2!, clientOf["黄磊"]!, row!.id)).dueOn).toBe("2026-06-02");
    expect((await listClientReviews(as.counsellor!, clientOf["张伟"]!)).map((r) => r.status)).toEqual(["scheduled", "completed"]);
  });
});
