import { spawn } from "node:child_process";
import { closeDb, db, dbDriver } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { describeSignIns, isDatabaseEmpty, seedDemo } from "@/db/seed";
import { buildIfNeeded, nextBin, nextEnv, serverCommand } from "./build";
import { ensureAuthSecret, loadDotEnv } from "./env";

async function prepareDatabase(): Promise<void> {
  console.log(`Database: ${dbDriver() === "pglite" ? "embedded PGlite" : "PostgreSQL (DATABASE_URL)"}`);
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
  // The e2e runner builds once before the browsers start; edits made meanwhile must not trigger a rebuild.
  if (!dev && process.env.ACCORD_SKIP_BUILD !== "1") buildIfNeeded();
  const port = process.env.PORT ?? "3000";
  // Keep idle connections longer than a load balancer's (often 60 s), so neither side closes a socket
  // the other is about to reuse.
  const args = dev ? ["dev", "-p", port] : ["start", "-p", port, "--keepAliveTimeout", "65000"];
  const command = dev ? { args: [nextBin, ...args], env: nextEnv(), processes: 1 } : serverCommand(args, nextEnv());
  const server = spawn(process.execPath, command.args, { stdio: "inherit", env: command.env });
  console.log(`Accord is starting on http://localhost:${port}${command.processes > 1 ? ` (${command.processes} server processes)` : ""}`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
