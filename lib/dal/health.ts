import "server-only";
import { sql } from "drizzle-orm";
import { db, dbDriver } from "@/db/client";

export async function checkDatabase(): Promise<{ ok: boolean; driver: string; latencyMs?: number }> {
  const started = performance.now();
  try {
    await db().execute(sql`select 1`);
    return { ok: true, driver: dbDriver(), latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { ok: false, driver: dbDriver() };
  }
}
