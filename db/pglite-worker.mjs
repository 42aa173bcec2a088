// The embedded database (PGlite, WebAssembly) on a thread of its own, started by db/pglite-thread.ts
// for the app server: statements run here while the server's main thread renders, so the two use
// both cores instead of taking turns on one. Plain JavaScript because Node starts it as it is.
//
// Messages in:  { id, kind: "query", tx?, sql, params, rowMode, rawTypes }
//               { id, kind: "begin" }  → answers { tx } once the transaction holds the database
//               { id, kind: "end", tx, commit }
//               { id, kind: "close" }
// Messages out: { id, result } or { id, error }
import { parentPort, workerData } from "node:worker_threads";
import { PGlite, parse as results, protocol } from "@electric-sql/pglite";

const pg = new PGlite(workerData.dataDir);
/** Set when the data folder could not be opened: every statement answers with it. */
let openFailure = null;
const ready = pg.waitReady.catch((error) => {
  openFailure = new Error(`The embedded database at ${workerData.dataDir} could not be opened (${describe(error)}).`);
});
/** Open transactions by id: how to finish them. Their statements run by name while the transaction holds PGlite. */
const open = new Map();
let nextTx = 1;
const ROLLBACK = Symbol("rollback");

/** Emscripten's file errors carry no message, only a code. */
function describe(error) {
  if (typeof error?.message === "string" && error.message) return error.message;
  if (error?.code) return String(error.code);
  if (error?.errno) return `errno ${error.errno}`;
  return String(error);
}

/** PGlite's errors carry the server's fields (code, detail, constraint…): send them all across. */
function plainError(error) {
  const fields = {};
  for (const [key, value] of Object.entries(error ?? {})) {
    if (value === null || ["string", "number", "boolean"].includes(typeof value)) fields[key] = value;
  }
  return { ...fields, name: typeof error?.name === "string" ? error.name : "Error", message: describe(error) };
}

/** Values of the listed types stay as the text Postgres sent (as drizzle asks for dates and times). */
const parserSets = new Map();
const asText = (value) => value;
function parsersFor(rawTypes = []) {
  const key = rawTypes.join(",");
  if (!parserSets.has(key)) parserSets.set(key, Object.fromEntries(rawTypes.map((oid) => [oid, asText])));
  return parserSets.get(key);
}

/**
 * Named statements by SQL text. PGlite's `query` parses and plans every statement afresh (an
 * unnamed statement); in WebAssembly planning a dashboard section's join takes 1–3 ms, often longer
 * than running it. A statement the app has run before is bound and executed by name instead, as
 * postgres.js does on a server: PostgreSQL keeps its parse tree and, after five runs, a generic plan
 * when that is as good. The same messages as PGlite's own `query` otherwise (bind, describe portal,
 * execute, sync), under the same locks. At most MAX_STATEMENTS names: the least recently used is
 * closed to make room (texts differ with the length of an IN list, so they do not all recur).
 */
const statements = new Map(); // SQL text → { name, types }, least recently used first
const MAX_STATEMENTS = 200;
let statementCount = 0;

async function runNamed(sql, params = [], options, inTransaction) {
  const exec = (message) => pg.execProtocolStream(message, { syncToFs: false });
  const run = () =>
    pg._runExclusiveQuery(async () => {
      const messages = [];
      try {
        let statement = statements.get(sql);
        if (statement) {
          statements.delete(sql);
          statements.set(sql, statement);
        } else {
          if (statements.size >= MAX_STATEMENTS) {
            const [oldestSql, oldest] = statements.entries().next().value;
            statements.delete(oldestSql);
            await exec(protocol.serialize.close({ type: "S", name: oldest.name }));
          }
          const name = `accord_s${++statementCount}`;
          await exec(protocol.serialize.parse({ name, text: sql, types: [] }));
          const types = results.parseDescribeStatementResults(await exec(protocol.serialize.describe({ type: "S", name })));
          statement = { name, types };
          statements.set(sql, statement);
        }
        const values = params.map((value, i) => {
          if (value === null || value === undefined) return null;
          const serializer = pg.serializers[statement.types[i]];
          return serializer ? serializer(value) : value.toString();
        });
        messages.push(...(await exec(protocol.serialize.bind({ statement: statement.name, values }))));
        messages.push(...(await exec(protocol.serialize.describe({ type: "P" }))));
        messages.push(...(await exec(protocol.serialize.execute({}))));
      } finally {
        messages.push(...(await exec(protocol.serialize.sync())));
      }
      if (!inTransaction) await pg.syncToFs();
      return results.parseResults(messages, pg.parsers, options)[0];
    });
  // Outside a transaction a statement waits for any open one, as PGlite's own `query` does.
  return inTransaction ? run() : pg._runExclusiveTransaction(run);
}

function runQuery(message) {
  const options = { rowMode: message.rowMode, parsers: parsersFor(message.rawTypes) };
  if (message.tx && !open.has(message.tx)) throw new Error(`transaction ${message.tx} is not open`);
  return runNamed(message.sql, message.params, options, Boolean(message.tx));
}

function begin(id) {
  const tx = nextTx++;
  const entry = { finish: undefined, done: undefined };
  const finished = new Promise((resolve, reject) => {
    entry.finish = (commit) => (commit ? resolve() : reject(ROLLBACK));
  });
  entry.done = pg.transaction(async () => {
    open.set(tx, entry);
    parentPort.postMessage({ id, result: { tx } });
    await finished;
  });
  // A transaction that could not start answers its "begin" with the error.
  entry.done.catch((error) => {
    if (!open.has(tx) && error !== ROLLBACK) parentPort.postMessage({ id, error: plainError(error) });
  });
}

parentPort.on("message", async (message) => {
  const { id, kind } = message;
  try {
    await ready;
    if (kind === "close" && openFailure) return parentPort.postMessage({ id, result: null });
    if (openFailure) throw openFailure;
    if (kind === "query") {
      const { rows, fields, affectedRows } = await runQuery(message);
      parentPort.postMessage({ id, result: { rows, fields, affectedRows } });
    } else if (kind === "begin") {
      begin(id);
    } else if (kind === "end") {
      const entry = open.get(message.tx);
      if (!entry) throw new Error(`transaction ${message.tx} is not open`);
      entry.finish(message.commit);
      try {
        await entry.done;
      } catch (error) {
        if (error !== ROLLBACK) throw error;
      } finally {
        open.delete(message.tx);
      }
      parentPort.postMessage({ id, result: null });
    } else if (kind === "close") {
      await pg.close();
      parentPort.postMessage({ id, result: null });
    }
  } catch (error) {
    parentPort.postMessage({ id, error: plainError(error) });
  }
});
