import path from "node:path";
import { closeDb, db, dbDriver } from "@/db/client";
import { createBackup } from "@/lib/backup/backup";
import { uploadsDir } from "@/lib/storage";
import { loadDotEnv } from "./env";

/**
 * npm run db:backup -- <folder>
 * PostgreSQL: pg_dump (custom format) on a consistent snapshot, while the app keeps running.
 * PGlite: the data folder's own dump; the server must be stopped (one process per folder).
 * Local documents are copied; an S3 bucket is left to the provider's versioning.
 */
async function main() {
  loadDotEnv();
  const target = process.argv[2];
  if (!target) throw new Error("Usage: npm run db:backup -- <empty or new folder>");
  const dir = path.resolve(target);
  const driver = dbDriver();
  const manifest = await createBackup(dir, {
    db: db(),
    driver,
    databaseUrl: process.env.DATABASE_URL,
    uploadsDir: process.env.S3_BUCKET ? null : uploadsDir(),
  });
  await closeDb();
  const rows = Object.values(manifest.tables).reduce((sum, t) => sum + t.rows, 0);
  const docs = manifest.documents ? `${manifest.documents.length} documents` : "documents in S3 (not copied: rely on bucket versioning)";
  console.log(`Backup written to ${dir}: ${driver === "postgres" ? "PostgreSQL" : "PGlite"}, ${Object.keys(manifest.tables).length} tables, ${rows} rows, ${docs}.`);
}

main().catch(async (error: unknown) => {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  await closeDb().catch(() => {});
  process.exit(1);
});
