import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { closeDb, db } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { seedDemo } from "@/db/seed";

/** What every integration test file starts from: a migrated, demo-seeded database made once per run. */
export type DatabaseTemplate = { kind: "postgres"; name: string } | { kind: "pglite"; file: string };

declare module "vitest" {
  export interface ProvidedContext {
    databaseTemplate: DatabaseTemplate;
  }
}

async function migrateAndSeed(): Promise<void> {
  await runMigrations();
  await seedDemo(db());
  await closeDb();
}

/**
 * Vitest global setup for the integration project. Migrating and seeding cost each test file
 * seconds (on PGlite, creating the cluster as well); copying a prepared database costs a fraction:
 * on a server a `CREATE DATABASE … TEMPLATE`, on PGlite an in-memory load of a dumped data folder.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = `accord_int_template_${randomBytes(5).toString("hex")}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
    await migrateAndSeed();
    delete process.env.DATABASE_URL;
    project.provide("databaseTemplate", { kind: "postgres", name });
    return async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  }
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "accord-int-template-"));
  const { PGlite } = await import("@electric-sql/pglite");
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DATA_DIR = path.join(folder, "data");
  await migrateAndSeed();
  const dump = await PGlite.create(process.env.PGLITE_DATA_DIR).then(async (lite) => {
    const tarball = await lite.dumpDataDir("none");
    await lite.close();
    return tarball;
  });
  const file = path.join(folder, "template.tar");
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  delete process.env.PGLITE_DATA_DIR;
  project.provide("databaseTemplate", { kind: "pglite", file });
  return async () => fs.rmSync(folder, { recursive: true, force: true });
}
