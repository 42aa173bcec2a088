import fs from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { rowsOf, type Db, type Driver } from "@/db/client";
import { hashDocuments, tableFingerprints, type DocumentEntry, type TableFingerprint } from "./fingerprint";
import { runTool } from "./tools";

export const MANIFEST = "manifest.json";
export const PG_DUMP_FILE = "database.dump";
export const PGLITE_DUMP_FILE = "pglite.tar.gz";
export const DOCUMENTS_DIR = "documents";

export type Manifest = {
  format: 1;
  createdAt: string;
  driver: Driver;
  database: string;
  tables: Record<string, TableFingerprint>;
  /** Local uploads only; an S3 bucket is protected by the provider's versioning instead. */
  documents: DocumentEntry[] | null;
};

export type BackupSource = { db: Db; driver: Driver; databaseUrl?: string; uploadsDir: string | null };

function prepareDir(dir: string): void {
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) throw new Error(`The backup folder ${dir} is not empty: choose a new folder.`);
  fs.mkdirSync(dir, { recursive: true });
}

/**
 * Writes a backup of the database (pg_dump custom format, or PGlite's own data-folder tarball) and
 * of the local document folder into `dir`, with a manifest of rows and checksums per table and a
 * sha256 per document, so a restore can be proved complete.
 */
export async function createBackup(dir: string, source: BackupSource): Promise<Manifest> {
  prepareDir(dir);
  let tables: Record<string, TableFingerprint>;
  let database: string;
  if (source.driver === "postgres") {
    if (!source.databaseUrl) throw new Error("DATABASE_URL is needed for a PostgreSQL backup.");
    database = PG_DUMP_FILE;
    tables = await tableFingerprints(source.db, async (tx) => {
      const [row] = rowsOf<{ id: string }>(await tx.execute(sql`select pg_export_snapshot() as id`));
      await runTool("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--snapshot=${row!.id}`, `--file=${path.join(dir, PG_DUMP_FILE)}`, `--dbname=${source.databaseUrl}`]);
    });
  } else {
    database = PGLITE_DUMP_FILE;
    const client = (source.db as unknown as { $client: PGlite }).$client;
    // dumpDataDir does not wait for a just-opened instance to be ready (it hangs); a query does.
    await client.waitReady;
    await client.query("select 1");
    const dump = await client.dumpDataDir("gzip");
    fs.writeFileSync(path.join(dir, PGLITE_DUMP_FILE), Buffer.from(await dump.arrayBuffer()));
    tables = await tableFingerprints(source.db);
  }
  // Files after the rows: an upload writes its file before its row, so every row's file is here.
  let documents: DocumentEntry[] | null = null;
  if (source.uploadsDir) {
    const target = path.join(dir, DOCUMENTS_DIR);
    if (fs.existsSync(source.uploadsDir)) fs.cpSync(source.uploadsDir, target, { recursive: true, filter: (src) => path.basename(src) !== ".partial" });
    else fs.mkdirSync(target);
    documents = await hashDocuments(target);
  }
  const manifest: Manifest = { format: 1, createdAt: new Date().toISOString(), driver: source.driver, database, tables, documents };
  fs.writeFileSync(path.join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

export function readManifest(dir: string): Manifest {
  const file = path.join(dir, MANIFEST);
  if (!fs.existsSync(file)) throw new Error(`${dir} is not a backup: ${MANIFEST} is missing.`);
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as Manifest;
  if (manifest.format !== 1) throw new Error(`Unknown backup format ${String(manifest.format)}.`);
  return manifest;
}
