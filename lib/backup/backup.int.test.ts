import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db, dbDriver, type Db } from "@/db/client";
import { createServerDatabase, dropServerDatabase } from "@/db/server-database";
import { documents } from "@/db/schema";
import { uploadAs, useTempStorage, clientIdOf } from "@/lib/documents/testing/fixtures";
import { sampleJpeg, samplePdf } from "@/lib/documents/testing/samples";
import { freshDatabase, sessionFor } from "@/lib/testing/db";
import { createBackup, type Manifest } from "./backup";
import { sha256File } from "./fingerprint";
import { restoreBackup, verifyRestore } from "./restore";

/**
 * The restore drill: back up a database with documents, restore it into a fresh database and folder,
 * and compare row counts, a checksum per table and every document's sha256.
 */
let database: { db: Db; drop: () => Promise<void> };
let files: ReturnType<typeof useTempStorage>;
const work = fs.mkdtempSync(path.join(os.tmpdir(), "accord-backup-"));
const cleanups: (() => Promise<void>)[] = [];
let manifest: Manifest;
let restoredUploads = "";

beforeAll(async () => {
  database = await freshDatabase();
  files = useTempStorage();
  const counsellor = await sessionFor("counsellor@demo.accord.test");
  const clientId = await clientIdOf("张伟");
  await uploadAs(counsellor, { clientId, name: "工资条.pdf", bytes: samplePdf() });
  await uploadAs(counsellor, { clientId, name: "bank.jpg", bytes: sampleJpeg() });
  manifest = await createBackup(path.join(work, "backup"), {
    db: db(),
    driver: dbDriver(),
    databaseUrl: process.env.DATABASE_URL,
    uploadsDir: files.dir,
  });
  restoredUploads = path.join(work, "restored-uploads");
});
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await database.drop();
  files.cleanup();
  fs.rmSync(work, { recursive: true, force: true });
});

/** Restores the backup into a brand-new database and points db() at it. */
async function restoreIntoFresh(): Promise<void> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const { name, url } = await createServerDatabase(serverUrl, "accord_restore");
    await restoreBackup(path.join(work, "backup"), { databaseUrl: url, uploadsDir: restoredUploads });
    const original = process.env.DATABASE_URL;
    await closeDb();
    process.env.DATABASE_URL = url;
    cleanups.push(async () => {
      await closeDb();
      process.env.DATABASE_URL = original;
      await dropServerDatabase(serverUrl, name);
    });
  } else {
    const dir = path.join(work, "restored-pglite");
    await restoreBackup(path.join(work, "backup"), { pgliteDir: dir, uploadsDir: restoredUploads });
    await closeDb();
    process.env.PGLITE_DATA_DIR = dir;
    cleanups.push(async () => {
      await closeDb();
      process.env.PGLITE_DATA_DIR = "memory://";
    });
  }
}

describe(`backup and restore (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("records rows and a checksum per table and a sha256 per document", () => {
    expect(manifest.tables.clients!.rows).toBeGreaterThan(0);
    expect(manifest.tables.documents!.rows).toBeGreaterThanOrEqual(2);
    expect(manifest.tables.clients!.checksum).toMatch(/^[0-9a-f]{32}$/);
    expect(manifest.documents).toHaveLength(2);
    for (const doc of manifest.documents!) expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses to write into a folder that is not empty", async () => {
    await expect(createBackup(path.join(work, "backup"), { db: db(), driver: dbDriver(), databaseUrl: process.env.DATABASE_URL, uploadsDir: null })).rejects.toThrow(/not empty/);
  });

  it("restores into a fresh database and folder with identical rows, checksums and documents", async () => {
    await restoreIntoFresh();
    expect(await verifyRestore(manifest, db(), restoredUploads)).toEqual([]);
    // Every document row's recorded sha256 matches the restored file it points at.
    const rows = await db().select({ key: documents.storageKey, sha256: documents.sha256 }).from(documents);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) expect(await sha256File(path.join(restoredUploads, ...row.key.split("/")))).toBe(row.sha256);
  });

  it("notices a document or a row that differs from the backup", async () => {
    const first = manifest.documents![0]!;
    fs.writeFileSync(path.join(restoredUploads, ...first.key.split("/")), "tampered");
    await db().update(documents).set({ originalName: "renamed.pdf" }).where(eq(documents.storageKey, first.key));
    const problems = await verifyRestore(manifest, db(), restoredUploads);
    expect(problems).toContain(`document ${first.key}: sha256 differs`);
    expect(problems.some((p) => p.startsWith("table documents"))).toBe(true);
  });

  it("refuses to restore over a database that holds data", async () => {
    const target = process.env.TEST_DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : { pgliteDir: path.join(work, "restored-pglite") };
    await closeDb();
    await expect(restoreBackup(path.join(work, "backup"), { ...target, uploadsDir: null })).rejects.toThrow(/not empty|already holds/);
  });
});
