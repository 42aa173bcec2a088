import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { adoptPglite, closeDb, db } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { createServerDatabase, dropServerDatabase } from "@/db/server-database";
import { seedDemo } from "@/db/seed";

/** What every integration test file starts from: a migrated, demo-seeded database made once per run. */
export type DatabaseTemplate = { kind: "postgres"; serverUrl: string; name: string } | { kind: "pglite"; file: string };

declare module "vitest" {
  export interface ProvidedContext {
    databaseTemplate: DatabaseTemplate;
  }
}

async function migrateAndSeed(): Promise<void> {
  await runMigrations();
  await seedDemo(db());
}

/**
 * Vitest global setup for the integration project. Migrating and seeding cost each test file
 * seconds (on PGlite, creating the cluster as well); copying a prepared database costs a fraction:
 * on a server a `CREATE DATABASE … TEMPLATE`, on PGlite an in-memory load of a dumped data folder.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const { name, url } = await createServerDatabase(serverUrl, "accord_int_template");
    process.env.DATABASE_URL = url;
    await migrateAndSeed();
    await closeDb();
    delete process.env.DATABASE_URL;
    project.provide("databaseTemplate", { kind: "postgres", serverUrl, name });
    return () => dropServerDatabase(serverUrl, name);
  }
  const lite = await PGlite.create();
  await adoptPglite(lite);
  await migrateAndSeed();
  const dump = await lite.dumpDataDir("none");
  await closeDb();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "accord-int-template-"));
  const file = path.join(folder, "template.tar");
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("databaseTemplate", { kind: "pglite", file });
  return async () => fs.rmSync(folder, { recursive: true, force: true });
}
