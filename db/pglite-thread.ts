import path from "node:path";
import { Worker } from "node:worker_threads";

type Rows = { rows: unknown[]; fields: { name: string; dataTypeID: number }[]; affectedRows?: number };
type QueryOptions = { rowMode?: "array" | "object"; parsers?: Record<number, unknown> };
type Queryable = { query(sql: string, params?: unknown[], options?: QueryOptions): Promise<Rows> };

/** The part of PGlite's interface drizzle's PGlite driver uses: statements and transactions. */
export type ThreadedPglite = Queryable & {
  transaction<T>(run: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

/**
 * PGlite on a worker thread (db/pglite-worker.mjs). The app server renders on its main thread while
 * the database's WebAssembly runs on the worker's, so the embedded default uses two cores. Values
 * cross as structured clones; errors keep PGlite's fields (code, constraint…), so a unique
 * violation is still recognised. Statements outside a transaction wait while one is open, as
 * PGlite itself makes them.
 */
export function pgliteOnThread(dataDir: string): ThreadedPglite {
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "pglite-worker.mjs");
  const worker = new Worker(file, { workerData: { dataDir } });
  worker.unref();
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let failure: Error | null = null;

  const failAll = (error: Error) => {
    // The first reason stays: a crash is followed by an "exit" that says less.
    failure ??= error;
    for (const { reject } of waiting.values()) reject(failure);
    waiting.clear();
  };
  worker.on("message", (message: { id: number; result?: unknown; error?: Record<string, unknown> & { message: string } }) => {
    const entry = waiting.get(message.id);
    if (!entry) return;
    waiting.delete(message.id);
    if (message.error) entry.reject(Object.assign(new Error(message.error.message), message.error));
    else entry.resolve(message.result);
  });
  worker.on("error", (error) => {
    console.error("The embedded database's thread failed:", error);
    failAll(new Error(`The embedded database stopped: ${error.message}`, { cause: error }));
  });
  worker.on("exit", (code) => failAll(new Error(`The embedded database's thread exited (code ${code}).`)));

  function ask<T>(message: Record<string, unknown>): Promise<T> {
    if (failure) return Promise.reject(failure);
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      // Keep the process alive while an answer is awaited, not while the thread idles.
      worker.ref();
      worker.postMessage({ id, ...message });
    }).finally(() => {
      if (waiting.size === 0) worker.unref();
    });
  }

  // Functions cannot cross threads: the parsers drizzle passes all keep a type's text as it is, so
  // only their type ids are sent and the worker does the same for those types.
  const queryOn =
    (tx?: number) =>
    (sql: string, params: unknown[] = [], options: QueryOptions = {}) =>
      ask<Rows>({ kind: "query", tx, sql, params, rowMode: options.rowMode ?? "object", rawTypes: Object.keys(options.parsers ?? {}).map(Number) });

  return {
    query: queryOn(),
    async transaction(run) {
      const { tx } = await ask<{ tx: number }>({ kind: "begin" });
      let result;
      try {
        result = await run({ query: queryOn(tx) });
      } catch (error) {
        // The caller's error is the one to report; a failed rollback also ends the transaction.
        await ask({ kind: "end", tx, commit: false }).catch(() => undefined);
        throw error;
      }
      await ask({ kind: "end", tx, commit: true });
      return result;
    },
    async close() {
      try {
        if (!failure) await ask({ kind: "close" });
      } finally {
        await worker.terminate();
      }
    },
  };
}
