import { spawnSync } from "node:child_process";
import path from "node:path";
import { loadDotEnv } from "./env";

/**
 * Runs the data-access integration tests on embedded PGlite, then again on the real Postgres
 * server when DATABASE_URL is set (each test file makes and drops its own database there).
 */
function run(label: string, env: NodeJS.ProcessEnv): number {
  console.log(`\n── integration tests on ${label} ──`);
  const vitest = path.resolve("node_modules/vitest/vitest.mjs");
  const result = spawnSync(process.execPath, [vitest, "run", "--project", "integration", ...process.argv.slice(2)], {
    stdio: "inherit",
    env,
  });
  return result.status ?? 1;
}

loadDotEnv();
const { DATABASE_URL, ...rest } = process.env;
let status = run("PGlite (embedded)", { ...rest, TEST_DATABASE_URL: "" });
if (status === 0 && DATABASE_URL) status = run("PostgreSQL (DATABASE_URL)", { ...rest, TEST_DATABASE_URL: DATABASE_URL });
process.exit(status);
