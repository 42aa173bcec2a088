import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { closeDb, db, dbDriver } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { describeSignIns, isDatabaseEmpty, seedDemo } from "@/db/seed";
import { ensureAuthSecret, loadDotEnv } from "./env";

const nextBin = require.resolve("next/dist/bin/next");
const SOURCES = ["app", "components", "lib", "db", "proxy.ts", "instrumentation.ts", "next.config.mjs", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/** Builds when there is no build yet or a source file changed after the last one. */
function needsBuild(): boolean {
  const buildId = path.resolve(".next/BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  return SOURCES.some((entry) => newestMtime(entry) > built);
}

async function prepareDatabase(): Promise<void> {
  console.log(`Database: ${dbDriver() === "pglite" ? "embedded PGlite (./.data/pglite)" : "PostgreSQL (DATABASE_URL)"}`);
  await runMigrations();
  if (await isDatabaseEmpty(db())) {
    console.log("Empty database: seeding a demo agency.");
    console.log(describeSignIns(await seedDemo(db())));
  }
  // PGlite allows one process per folder: release it before the server opens it.
  await closeDb();
}

async function main() {
  const dev = process.argv.includes("--dev");
  loadDotEnv();
  ensureAuthSecret();
  await prepareDatabase();
  if (!dev && needsBuild()) {
    console.log("Building the app (first start or changed sources)…");
    const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: process.env });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const port = process.env.PORT ?? "3000";
  const server = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", port], { stdio: "inherit", env: process.env });
  console.log(`Accord is starting on http://localhost:${port}`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
