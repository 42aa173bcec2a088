import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { rowsOf, type Db, type Transaction } from "@/db/client";

export type TableFingerprint = { rows: number; checksum: string };
export type DocumentEntry = { key: string; bytes: number; sha256: string };

/**
 * Rows and an md5 over every row's text, per table of the public schema (and drizzle's migration
 * log). Read in one transaction with a fixed time zone and date style, so the same data gives the
 * same checksum on any server, and a live database gives a consistent picture.
 */
export async function tableFingerprints(db: Db, during?: (tx: Transaction) => Promise<void>): Promise<Record<string, TableFingerprint>> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set transaction isolation level repeatable read`);
    // e.g. pg_dump on this transaction's exported snapshot: the dump and the checksums see the same rows.
    if (during) await during(tx);
    await tx.execute(sql`set local time zone 'UTC'`);
    await tx.execute(sql`set local datestyle = 'ISO, YMD'`);
    await tx.execute(sql`set local extra_float_digits = 3`);
    const tables = rowsOf<{ schema: string; name: string }>(
      await tx.execute(
        sql`select table_schema as schema, table_name as name from information_schema.tables where table_type = 'BASE TABLE' and table_schema in ('public', 'drizzle') order by 1, 2`,
      ),
    );
    const out: Record<string, TableFingerprint> = {};
    for (const { schema, name } of tables) {
      const [row] = rowsOf<{ n: number | string; sum: string }>(
        await tx.execute(sql.raw(`select count(*) as n, md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as sum from "${schema}"."${name}" t`)),
      );
      out[schema === "public" ? name : `${schema}.${name}`] = { rows: Number(row?.n ?? 0), checksum: row?.sum ?? "" };
    }
    return out;
  });
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** Every stored object under `root` (half-written `.partial` uploads skipped), with its sha256. */
export async function hashDocuments(root: string): Promise<DocumentEntry[]> {
  const out: DocumentEntry[] = [];
  const walk = async (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== ".partial") await walk(full);
      } else if (entry.isFile()) {
        out.push({ key: path.relative(root, full).split(path.sep).join("/"), bytes: fs.statSync(full).size, sha256: await sha256File(full) });
      }
    }
  };
  await walk(root);
  return out.sort((a, b) => a.key.localeCompare(b.key));
}
