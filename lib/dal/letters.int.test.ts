import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { documents } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { letterText } from "@/lib/letters/build";
import { LocalStorage, setStorageForTests } from "@/lib/storage";
import { freshDatabase, sessionFor } from "@/lib/testing/db";
import { demoDebt } from "@/lib/testing/demo-rows";
import { NotFoundError } from "./errors";
import { getLetter, getLetterDocx, saveLetterToDocuments } from "./letters";

let database: { db: Db; drop: () => Promise<void> };
const as: Record<string, SessionUser> = {};
let clientId = "";
let debtId = "";
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "accord-letters-"));
const request = { type: "payment_extension" as const, months: 3, pauseUntil: null, amount: null };

beforeAll(async () => {
  database = await freshDatabase();
  setStorageForTests(new LocalStorage(folder));
  for (const key of ["counsellor", "counsellor2", "supervisor2", "client"]) as[key] = await sessionFor(`${key}@demo.accord.test`);
  ({ clientId, debtId } = await demoDebt(database.db, "张伟", "Jiebei (Ant Group)"));
});
afterAll(async () => {
  setStorageForTests(undefined);
  fs.rmSync(folder, { recursive: true, force: true });
  await database.drop();
});

describe("hardship letters", () => {
  it("builds from the latest statement and the affordable offer, with nothing left unfilled, in both languages", async () => {
    const zh = letterText(await getLetter(as.counsellor!, clientId, debtId, "zh-CN", request));
    expect(zh).toContain("张伟");
    expect(zh).toContain("借呗（蚂蚁集团）");
    expect(zh).toContain("恳请贵方同意延期还款 3 个月");
    expect(zh).toContain("每月可支配结余");
    expect(zh).not.toMatch(/[{}]|undefined|null|NaN/);
    const en = letterText(await getLetter(as.counsellor!, clientId, debtId, "en", request));
    expect(en).toContain("Jiebei (Ant Group)");
    expect(en).toContain("•••• 5566");
    expect(en).not.toContain("2088102233445566");
    expect(en).not.toMatch(/[{}]|undefined|null|NaN/);
  });

  it("makes a DOCX and files it among the client's documents", async () => {
    const { bytes, fileName } = await getLetterDocx(as.counsellor!, clientId, debtId, "zh-CN", request);
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    expect(fileName).toMatch(/\.docx$/);
    const { id } = await saveLetterToDocuments(as.counsellor!, clientId, debtId, "zh-CN", request);
    const [doc] = await database.db.select().from(documents).where(eq(documents.id, id));
    expect(doc).toMatchObject({ clientId, originalName: fileName });
  });

  it("is refused to another counsellor, another team and a client, and files nothing", async () => {
    const before = (await database.db.select({ id: documents.id }).from(documents)).length;
    for (const outsider of [as.counsellor2!, as.supervisor2!, as.client!]) {
      await expect(getLetter(outsider, clientId, debtId, "en", request)).rejects.toBeInstanceOf(NotFoundError);
      await expect(saveLetterToDocuments(outsider, clientId, debtId, "en", request)).rejects.toBeInstanceOf(NotFoundError);
    }
    expect((await database.db.select({ id: documents.id }).from(documents)).length).toBe(before);
  });
});
