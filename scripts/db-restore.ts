import path from "node:path";
import { closeDb, db, pgliteDataDir } from "@/db/client";
import { restoreBackup, verifyRestore } from "@/lib/backup/restore";
import { uploadsDir } from "@/lib/storage";
import { loadDotEnv } from "./env";

/**
 * npm run db:restore -- <backup folder> [--force]
 * Restores into DATABASE_URL (a new, empty database) or into PGLITE_DATA_DIR (a new folder), and the
 * documents into the uploads folder; then compares every table's rows and checksum and every
 * document's sha256 with the backup's manifest. --force replaces a database that holds data.
 */
async function main() {
  loadDotEnv();
  const args = process.argv.slice(2);
  const source = args.find((a) => !a.startsWith("--"));
  if (!source) throw new Error("Usage: npm run db:restore -- <backup folder> [--force]");
  const uploads = process.env.S3_BUCKET ? null : uploadsDir();
  const manifest = await restoreBackup(path.resolve(source), {
    databaseUrl: process.env.DATABASE_URL,
    pgliteDir: process.env.DATABASE_URL ? undefined : pgliteDataDir(),
    uploadsDir: uploads,
    force: args.includes("--force"),
  });
  const problems = await verifyRestore(manifest, db(), uploads);
  await closeDb();
  if (problems.length) throw new Error(`the restored data differs from the backup:\n  ${problems.join("\n  ")}`);
  console.log(`Restored and verified: ${Object.keys(manifest.tables).length} tables and ${manifest.documents?.length ?? 0} documents match the backup of ${manifest.createdAt}.`);
}

main().catch(async (error: unknown) => {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  await closeDb().catch(() => {});
  process.exit(1);
});
