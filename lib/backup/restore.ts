import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import type { Db } from "@/db/client";
import { DOCUMENTS_DIR, PG_DUMP_FILE, PGLITE_DUMP_FILE, readManifest, type Manifest } from "./backup";
import { hashDocuments, tableFingerprints } from "./fingerprint";
import { runTool } from "./tools";

export type RestoreTarget = { databaseUrl?: string; pgliteDir?: string; uploadsDir: string | null; force?: boolean };

async function hasTables(url: string): Promise<boolean> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ n: number }[]>`select count(*)::int as n from information_schema.tables where table_schema = 'public'`;
    return (row?.n ?? 0) > 0;
  } finally {
    await sql.end();
  }
}

function isEmptyDir(dir: string): boolean {
  return !fs.existsSync(dir) || fs.readdirSync(dir).length === 0;
}

/** The embedded database folder is one process's at a time: take the same lock file the app takes. */
function lockPglite(dataDir: string): () => void {
  const lock = `${dataDir}.lock`;
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  try {
    fs.writeFileSync(lock, String(process.pid), { flag: "wx" });
  } catch {
    const owner = Number(fs.readFileSync(lock, "utf8"));
    let alive = false;
    try {
      process.kill(owner, 0);
      alive = true;
    } catch {
      alive = false;
    }
    if (alive) throw new Error(`The embedded database at ${dataDir} is in use by process ${owner}: stop the server first.`);
    fs.writeFileSync(lock, String(process.pid));
  }
  return () => fs.rmSync(lock, { force: true });
}

/** Puts the database and documents of a backup back. Refuses a target that holds data unless `force`. */
export async function restoreBackup(dir: string, target: RestoreTarget): Promise<Manifest> {
  const manifest = readManifest(dir);
  if (manifest.driver === "postgres") {
    if (!target.databaseUrl) throw new Error("This backup is of a PostgreSQL database: set DATABASE_URL to the database to restore into.");
    const clean = await hasTables(target.databaseUrl);
    if (clean && !target.force) throw new Error("The target database is not empty: restore into a new database, or pass --force to replace its contents.");
    const args = ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", ...(clean ? ["--clean", "--if-exists"] : [])];
    await runTool("pg_restore", [...args, `--dbname=${target.databaseUrl}`, path.join(dir, PG_DUMP_FILE)]);
  } else {
    if (!target.pgliteDir) throw new Error("This backup is of the embedded database: set PGLITE_DATA_DIR (or leave the default) and unset DATABASE_URL.");
    const release = lockPglite(target.pgliteDir);
    try {
      if (!isEmptyDir(target.pgliteDir)) {
        if (!target.force) throw new Error(`${target.pgliteDir} already holds a database: move it away, or pass --force (it is kept as a .before-restore copy).`);
        fs.renameSync(target.pgliteDir, `${target.pgliteDir}.before-restore-${Date.now()}`);
      }
      const tarball = new Blob([fs.readFileSync(path.join(dir, PGLITE_DUMP_FILE))]);
      const pg = await PGlite.create(target.pgliteDir, { loadDataDir: tarball });
      await pg.close();
    } finally {
      release();
    }
  }
  if (manifest.documents && target.uploadsDir) {
    if (!isEmptyDir(target.uploadsDir) && !target.force) throw new Error(`${target.uploadsDir} already holds documents: move it away, or pass --force to add the backup's files to it.`);
    fs.cpSync(path.join(dir, DOCUMENTS_DIR), target.uploadsDir, { recursive: true });
  }
  return manifest;
}

/** Differences between a restored database and folder and the backup's manifest; empty means identical. */
export async function verifyRestore(manifest: Manifest, db: Db, uploadsDir: string | null): Promise<string[]> {
  const problems: string[] = [];
  const tables = await tableFingerprints(db);
  for (const [name, expected] of Object.entries(manifest.tables)) {
    const actual = tables[name];
    if (!actual) problems.push(`table ${name} is missing`);
    else if (actual.rows !== expected.rows) problems.push(`table ${name}: ${actual.rows} rows, expected ${expected.rows}`);
    else if (actual.checksum !== expected.checksum) problems.push(`table ${name}: checksum differs`);
  }
  if (manifest.documents && uploadsDir) {
    const present = new Map((await hashDocuments(uploadsDir)).map((d) => [d.key, d]));
    for (const doc of manifest.documents) {
      const actual = present.get(doc.key);
      if (!actual) problems.push(`document ${doc.key} is missing`);
      else if (actual.sha256 !== doc.sha256) problems.push(`document ${doc.key}: sha256 differs`);
    }
  }
  return problems;
}
