import type { Sql } from "postgres";

/**
 * Sent when each connection opens. A prepared statement would otherwise be planned for its first five
 * runs with their values, and after that possibly once for any values (a generic plan): at 100,000
 * clients the generic plans of three dashboard sections walked 12–27 ms where the planned-per-run ones
 * take 2–3 (docs/performance.md). So every run is still planned with its own values — the plans the
 * benchmark's EXPLAIN pass checks — and what preparing saves is the parsing and the second round trip.
 */
export const preparedSettings = { plan_cache_mode: "force_custom_plan" } as const;

type Callback = (client: Sql) => unknown;

/**
 * The postgres.js client drizzle is given: every statement prepared once per connection.
 *
 * drizzle's postgres.js driver tells postgres.js not to prepare a statement unless it was built with
 * `.prepare(name)`. postgres.js then sends each statement with parameters as Parse + Describe,
 * waits for PostgreSQL's answer, and only then sends Bind + Execute: two writes and two round trips
 * per statement, and PostgreSQL parses and analyses the text again every time. Prepared, a statement
 * costs that once per connection (postgres.js keeps its statements by text and types) and afterwards
 * one write of Bind + Execute. Transactions and savepoints get the same client.
 *
 * Only single statements go through drizzle here; a prepared statement cannot hold several commands
 * (scripts that run a file of SQL use a client of their own).
 */
export function preparingClient(client: Sql): Sql {
  return new Proxy(client, {
    get(target, property, receiver) {
      switch (property) {
        case "unsafe":
          return (query: string, parameters?: unknown[], options?: Record<string, unknown>) =>
            target.unsafe(query, parameters as never, { ...options, prepare: true });
        case "begin":
        case "savepoint":
          return (...args: unknown[]) => {
            const callback = args.pop() as Callback;
            return (Reflect.get(target, property) as (...a: unknown[]) => unknown).call(target, ...args, (inner: Sql) => callback(preparingClient(inner)));
          };
        default:
          return Reflect.get(target, property, receiver) as unknown;
      }
    },
  });
}
