import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, clients, documents } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { letterText } from "@/lib/letters/build";
import type { LetterRequest } from "@/lib/letters/types";
import { LocalStorage, setStorageForTests } from "@/lib/storage";
import { freshDatabase, sessionFor } from "@/lib/testing/db";
import { demoDebt } from "@/lib/testing/demo-rows";
import { statementSchema } from "@/lib/validation/budgets";
import { createStatement } from "./budgets";
import { listConsents, recordConsent, withdrawConsent } from "./consents";
import { countDocumentsAwaitingReview } from "./documents";
import { NotFoundError } from "./errors";
import { saveLetterToDocuments } from "./letter-documents";
import { CreditorConsentError, LetterRequestError, getLetter, getLetterConsents, getLetterDocx } from "./letters";

let database: { db: Db; drop: () => Promise<void> };
const as: Record<string, SessionUser> = {};
let clientId = "";
let debtId = "";
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "accord-letters-"));
const request: LetterRequest = { type: "payment_extension", months: 3, pauseUntil: null, amount: null };

beforeAll(async () => {
  database = await freshDatabase();
  setStorageForTests(new LocalStorage(folder));
  for (const key of ["counsellor", "counsellor2", "supervisor", "supervisor2", "client"]) as[key] = await sessionFor(`${key}@demo.accord.test`);
  ({ clientId, debtId } = await demoDebt(database.db, "张伟", "Jiebei (Ant Group)"));
});
afterAll(async () => {
  setStorageForTests(undefined);
  fs.rmSync(folder, { recursive: true, force: true });
  await database.drop();
});

const consent = (scope: "creditor_contact" | "sensitive_data") =>
  recordConsent(as.counsellor!, { clientId, scope, method: "signed_form", wordingVersion: "2026-01", confirmed: "on" });
const documentCount = async () => (await database.db.select({ id: documents.id }).from(documents).where(eq(documents.clientId, clientId))).length;
const storedFiles = () => fs.readdirSync(folder, { recursive: true }).filter((name) => fs.statSync(path.join(folder, String(name))).isFile()).length;

describe("hardship letters", () => {
  it("are refused — preview, DOCX and save — once the client withdraws consent to creditors being contacted, until it is given again", async () => {
    // 张伟 signed the creditor-contact form at intake (db/seed-consents.ts); no sensitive-data consent.
    expect(await getLetterConsents(as.counsellor!, clientId)).toEqual({ creditorContact: true, sensitiveData: false });
    expect(letterText(await getLetter(as.counsellor!, clientId, debtId, "en", request))).toContain("has authorised us to discuss this account");
    const seeded = (await listConsents(as.counsellor!, clientId)).find((c) => c.scope === "creditor_contact" && !c.withdrawnAt);
    await withdrawConsent(as.counsellor!, { clientId, consentId: seeded!.id, note: "Client will deal with creditors herself" });
    expect(await getLetterConsents(as.supervisor!, clientId)).toEqual({ creditorContact: false, sensitiveData: false });
    const [documentsBefore, filesBefore] = [await documentCount(), storedFiles()];
    const refusedEverywhere = async () => {
      await expect(getLetter(as.counsellor!, clientId, debtId, "en", request)).rejects.toBeInstanceOf(CreditorConsentError);
      await expect(getLetterDocx(as.supervisor!, clientId, debtId, "zh-CN", request)).rejects.toBeInstanceOf(CreditorConsentError);
      await expect(saveLetterToDocuments(as.counsellor!, clientId, debtId, "zh-CN", request)).rejects.toBeInstanceOf(CreditorConsentError);
      expect(await documentCount()).toBe(documentsBefore);
      expect(storedFiles()).toBe(filesBefore);
    };
    await refusedEverywhere();
    await consent("creditor_contact");
    expect(letterText(await getLetter(as.counsellor!, clientId, debtId, "en", request))).toContain("has authorised us to discuss this account");
  });

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

  it("leaves the client's health and own words out until the sensitive-data consent is on record", async () => {
    await database.db.update(clients).set({ hardshipReasons: ["unemployment", "illness_injury"], hardshipOther: "Hospital stay in October" }).where(eq(clients.id, clientId));
    const without = letterText(await getLetter(as.counsellor!, clientId, debtId, "en", request));
    expect(without).toContain("Our client has recently lost their job, and can no longer keep up");
    expect(without).not.toMatch(/illness|Hospital stay/);
    expect(letterText(await getLetter(as.counsellor!, clientId, debtId, "zh-CN", request))).not.toMatch(/患病|Hospital stay|客户自述/);
    await consent("sensitive_data");
    const withConsent = letterText(await getLetter(as.counsellor!, clientId, debtId, "en", request));
    expect(withConsent).toContain("lost their job and suffered illness or injury");
    expect(withConsent).toContain("In our client's words: Hospital stay in October");
  });

  it("refuses figures that do not add up for this debt, and files nothing", async () => {
    const before = await documentCount();
    // The Jiebei balance is ¥38,500.00.
    for (const bad of [
      { type: "settlement", months: null, pauseUntil: null, amount: 3_850_001 },
      { type: "instalment_plan", months: 12, pauseUntil: null, amount: 500_000 },
      { type: "collection_pause", months: null, pauseUntil: "2020-01-01", amount: null },
    ] as LetterRequest[]) {
      const refused = await getLetter(as.counsellor!, clientId, debtId, "en", bad).then(() => null, (e: unknown) => e);
      expect(refused).toBeInstanceOf(LetterRequestError);
      await expect(saveLetterToDocuments(as.counsellor!, clientId, debtId, "en", bad)).rejects.toBeInstanceOf(LetterRequestError);
    }
    const settlement = await getLetter(as.counsellor!, clientId, debtId, "en", { type: "settlement", months: null, pauseUntil: null, amount: 3_850_001 }).catch((e: LetterRequestError) => e.problems);
    expect(settlement).toEqual({ amount: { key: "debtOptions.settlementAbove", values: { balance: 3_850_000 } } });
    expect(await documentCount()).toBe(before);
  });

  it("makes a DOCX and files it among the client's documents as accepted: the agency's own letter awaits no review", async () => {
    const { bytes, fileName } = await getLetterDocx(as.counsellor!, clientId, debtId, "zh-CN", request);
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    expect(fileName).toMatch(/\.docx$/);
    const waiting = await countDocumentsAwaitingReview(as.counsellor!);
    const { id } = await saveLetterToDocuments(as.counsellor!, clientId, debtId, "zh-CN", request);
    const [doc] = await database.db.select().from(documents).where(eq(documents.id, id));
    expect(doc).toMatchObject({ clientId, originalName: fileName, kind: "other", reviewStatus: "accepted", reviewedById: as.counsellor!.id, uploadedById: as.counsellor!.id, rejectionReason: null });
    expect(doc?.reviewedAt).toBeInstanceOf(Date);
    expect(await countDocumentsAwaitingReview(as.counsellor!)).toBe(waiting);
    const [audit] = await database.db.select().from(auditLog).where(and(eq(auditLog.action, "document.uploaded"), eq(auditLog.entityId, id)));
    expect(audit).toMatchObject({ actorId: as.counsellor!.id, clientId, details: { kind: "other", name: fileName, letter: { debtId, language: "zh-CN", requestType: "payment_extension" } } });
  });

  it("offers a token payment, worded as one, when the latest statement leaves nothing over", async () => {
    const tight = statementSchema.parse({
      statementDate: "2026-11-29",
      currency: "CNY",
      notes: "",
      category: ["wages", "housing", "food"],
      description: ["", "Rent", ""],
      amount: ["100", "2,800", "1,800"],
      frequency: ["monthly", "monthly", "monthly"],
    });
    await createStatement(as.counsellor!, clientId, tight);
    const plan: LetterRequest = { type: "instalment_plan", months: 12, pauseUntil: null, amount: null };
    const en = letterText(await getLetter(as.counsellor!, clientId, debtId, "en", plan));
    expect(en).toContain("Token payment offered\nCN¥1.00");
    expect(en).toContain("We ask you to accept a token payment of CN¥1.00 a month for 12 months");
    expect(en).not.toContain("instalment plan of CN¥1.00");
    const zh = letterText(await getLetter(as.counsellor!, clientId, debtId, "zh-CN", plan));
    expect(zh).toContain("每月象征性还款 ¥1.00");
  });

  it("is refused to another counsellor, another team and a client, and files nothing", async () => {
    const before = (await database.db.select({ id: documents.id }).from(documents)).length;
    for (const outsider of [as.counsellor2!, as.supervisor2!, as.client!]) {
      await expect(getLetterConsents(outsider, clientId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getLetter(outsider, clientId, debtId, "en", request)).rejects.toBeInstanceOf(NotFoundError);
      await expect(saveLetterToDocuments(outsider, clientId, debtId, "en", request)).rejects.toBeInstanceOf(NotFoundError);
    }
    expect((await database.db.select({ id: documents.id }).from(documents)).length).toBe(before);
  });
});
