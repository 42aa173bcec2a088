import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const nextBin = path.resolve("node_modules/next/dist/bin/next");

const SOURCES = [
  "app",
  "components",
  "lib",
  "db",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.mjs",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/** True when there is no build yet or a source file changed after the last one. */
export function needsBuild(): boolean {
  const buildId = path.resolve(process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  return SOURCES.some((entry) => newestMtime(entry) > built);
}

/**
 * The environment for `next build` and `next start`: Next's anonymous usage telemetry is off unless
 * NEXT_TELEMETRY_DISABLED says otherwise — an agency's server (and the benchmark) talks to nobody
 * it was not configured to.
 */
export function nextEnv(): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1" };
}

export function buildIfNeeded(): void {
  if (!needsBuild()) return;
  console.log("Building the app (first start or changed sources)…");
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: nextEnv() });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/**
 * Node flags for the production server. V8 sizes its heap from the machine's memory (gigabytes on a
 * 24 GiB host) and grows it lazily, so an idle-looking server reached 900 MB resident under load; a
 * cap makes it collect instead. ACCORD_HEAP_MB overrides the default (or set NODE_OPTIONS yourself).
 */
export function serverNodeFlags(): string[] {
  if (/--max-old-space-size/.test(process.env.NODE_OPTIONS ?? "")) return [];
  const megabytes = Number(process.env.ACCORD_HEAP_MB ?? 320);
  return Number.isInteger(megabytes) && megabytes >= 128 ? [`--max-old-space-size=${megabytes}`] : [];
}

/** `ACCORD_WORKERS=auto`: one server process per core, up to this many (each holds ~250 MB and a pool of connections). */
const AUTO_MAX_WORKERS = 4;

/**
 * How many `next start` processes serve the app on its port. A Next.js process renders on one core;
 * with DATABASE_URL, ACCORD_WORKERS runs several (a number, or `auto` for one per core up to four).
 * The default is one: on a small machine that also runs Postgres, a second process raised requests/s
 * but also the tail of the latencies and doubled resident memory (docs/performance.md). The
 * embedded database is one connection in one process: without DATABASE_URL there is always one.
 */
export function serverWorkers(env: Record<string, string | undefined> = process.env, cores = os.availableParallelism()): number {
  const asked = env.ACCORD_WORKERS?.trim() || "1";
  if (!env.DATABASE_URL) {
    if (asked !== "1") console.warn("ACCORD_WORKERS is ignored on the embedded database (one server process); set DATABASE_URL to run more.");
    return 1;
  }
  if (asked === "auto") return Math.max(1, Math.min(cores, AUTO_MAX_WORKERS));
  const workers = Number(asked);
  if (!/^\d+$/.test(asked) || workers < 1) throw new Error(`ACCORD_WORKERS must be a number of server processes (1 or more) or "auto", not "${asked}".`);
  return workers;
}

/**
 * Node's arguments and environment for the production server, and how many processes it runs:
 * `next start <args>` itself, or, for more than one, scripts/server-workers.mjs running that many
 * copies on one port.
 */
export function serverCommand(nextArgs: string[], env: NodeJS.ProcessEnv, extraNodeFlags: string[] = []): { args: string[]; env: NodeJS.ProcessEnv; processes: number } {
  const processes = serverWorkers(env);
  const flags = [...serverNodeFlags(), ...extraNodeFlags];
  if (processes === 1) return { args: [...flags, nextBin, ...nextArgs], env, processes };
  return { args: [...flags, path.resolve("scripts/server-workers.mjs"), nextBin, ...nextArgs], env: { ...env, ACCORD_SERVER_WORKERS: String(processes) }, processes };
}
