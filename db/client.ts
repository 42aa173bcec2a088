import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { pgliteOnThread } from "./pglite-thread";
import { preparedSettings, preparingClient } from "./prepared";
import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Driver = "pglite" | "postgres";
/** The handle a `db().transaction(async (tx) => …)` callback receives. */
export type Transaction = Parameters<Parameters<Db["transaction"]>[0]>[0];

type Handle = { db: Db; driver: Driver; close: () => Promise<void> };

// Next evaluates modules several times per process; the handle lives on globalThis so there is one.
const holder = globalThis as typeof globalThis & { __accordDb?: Handle };

export function pgliteDataDir(): string {
  if (process.env.PGLITE_DATA_DIR?.startsWith("memory://")) return process.env.PGLITE_DATA_DIR;
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.PGLITE_DATA_DIR ?? ".data/pglite");
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

// PGlite does not lock its folder and two processes on one folder corrupt it silently.
function acquireLock(dataDir: string): () => void {
  const lockPath = `${dataDir}.lock`;
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      const release = () => {
        try {
          if (fs.readFileSync(lockPath, "utf8") === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(fs.readFileSync(lockPath, "utf8"));
      if (owner === process.pid) return () => {};
      if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) {
        throw new Error(
          `The embedded database at ${dataDir} is in use by another process (pid ${owner}). ` +
            "Stop that process, or set PGLITE_DATA_DIR to another folder, or use DATABASE_URL.",
        );
      }
      fs.unlinkSync(lockPath); // stale lock from a process that died
    }
  }
  throw new Error(`Could not lock the embedded database folder ${dataDir}.`);
}

// The benchmark records every statement the app runs (ACCORD_QUERY_LOG) to EXPLAIN them afterwards.
const logger = process.env.ACCORD_QUERY_LOG
  ? {
      logQuery(query: string, params: unknown[]) {
        fs.appendFileSync(process.env.ACCORD_QUERY_LOG as string, `${JSON.stringify({ query, params })}\n`);
      },
    }
  : undefined;

function open(): Handle {
  const url = process.env.DATABASE_URL;
  if (url) {
    // Statements are prepared once per connection (db/prepared.ts) unless a pooler in transaction
    // mode that cannot keep them sits in front (DATABASE_PREPARE=false).
    const prepare = process.env.DATABASE_PREPARE !== "false";
    const sql = postgres(url, {
      max: Number(process.env.DATABASE_POOL_MAX ?? 10),
      idle_timeout: 30,
      connect_timeout: 10,
      onnotice: () => {},
      connection: prepare ? preparedSettings : {},
    });
    return { db: drizzlePostgres({ client: prepare ? preparingClient(sql) : sql, schema, logger }) as unknown as Db, driver: "postgres", close: () => sql.end() };
  }
  const dataDir = pgliteDataDir();
  // memory:// (tests) needs no folder and no lock.
  const inMemory = dataDir.startsWith("memory://");
  const release = inMemory ? () => {} : acquireLock(dataDir);
  // The app server runs the database on a thread of its own (rendering and statements then use two
  // cores); scripts and tests, which do one thing at a time, keep it on theirs.
  const client = process.env.NEXT_RUNTIME === "nodejs" && !inMemory ? pgliteOnThread(dataDir) : new PGlite(dataDir);
  return {
    db: drizzlePglite({ client: client as PGlite, schema, logger }) as unknown as Db,
    driver: "pglite",
    close: async () => {
      await client.close();
      release();
    },
  };
}

/**
 * Integration tests: make this PGlite (an in-memory copy of a prepared database) the process's
 * handle, closing any other first.
 */
export async function adoptPglite(client: PGlite): Promise<void> {
  await closeDb();
  delete process.env.DATABASE_URL;
  holder.__accordDb = { db: drizzlePglite({ client, schema, logger }) as unknown as Db, driver: "pglite", close: () => client.close() };
}

/** The rows of a raw `db.execute(...)`: postgres.js answers an array, PGlite an object with `rows`. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : ((result as { rows?: T[] }).rows ?? [])) as T[];
}

/** The one database handle of this process, opened on first use (never at import or build time). */
export function db(): Db {
  holder.__accordDb ??= open();
  return holder.__accordDb.db;
}

export function dbDriver(): Driver {
  return process.env.DATABASE_URL ? "postgres" : "pglite";
}

export async function closeDb(): Promise<void> {
  const handle = holder.__accordDb;
  holder.__accordDb = undefined;
  await handle?.close();
}
