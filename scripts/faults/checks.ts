import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";

/** What must never reach a user: a stack frame, a file path, a driver's error text. */
export const LEAK = /\n\s+at\s|node_modules|\.tsx?:\d+|ECONNREFUSED|ECONNRESET|PostgresError|Failed query|CONNECTION_/;

const en = JSON.parse(fs.readFileSync("lib/i18n/messages/en.json", "utf8")) as { errors: { genericTitle: string } };
const zh = JSON.parse(fs.readFileSync("lib/i18n/messages/zh-CN.json", "utf8")) as { errors: { genericTitle: string } };
export const FRIENDLY = [en.errors.genericTitle, zh.errors.genericTitle];

export function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`FAULT DRILL FAILED: ${message}`);
  console.log(`  ✓ ${message}`);
}

/** Multi-row invariants of an upload: a row, its one audit entry, and its file — all or none. */
export async function uploadInvariants(databaseUrl: string, uploadsDir: string): Promise<{ documents: number; problems: string[] }> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const docs = await sql<{ id: string; key: string }[]>`select id, storage_key as key from documents`;
    const audits = await sql<{ entity: string; n: number }[]>`select entity_id as entity, count(*)::int as n from audit_log where action = 'document.uploaded' group by entity_id`;
    const auditOf = new Map(audits.map((a) => [a.entity, a.n]));
    const problems: string[] = [];
    for (const doc of docs) {
      if (auditOf.get(doc.id) !== 1) problems.push(`document ${doc.id} has ${auditOf.get(doc.id) ?? 0} upload audit rows`);
      if (!fs.existsSync(path.join(uploadsDir, ...doc.key.split("/")))) problems.push(`document ${doc.id} has no file`);
    }
    const ids = new Set(docs.map((d) => d.id));
    for (const audit of audits) if (!ids.has(audit.entity)) problems.push(`audit row for a missing document ${audit.entity}`);
    return { documents: docs.length, problems };
  } finally {
    await sql.end();
  }
}

export async function clientIdOf(databaseUrl: string, name: string): Promise<string> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ id: string }[]>`select id from clients where full_name = ${name}`;
    if (!row) throw new Error(`no client ${name}`);
    return row.id;
  } finally {
    await sql.end();
  }
}
