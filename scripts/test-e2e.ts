import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { createServerDatabase, dropServerDatabase } from "@/db/server-database";
import { buildIfNeeded } from "./build";
import { loadDotEnv } from "./env";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** A fresh database for this run: its own PGlite folder, or its own database on the DATABASE_URL server. */
async function freshDatabase(): Promise<{ env: Record<string, string>; cleanup: () => Promise<void> }> {
  const id = randomBytes(4).toString("hex");
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dir = path.resolve(`.data/e2e-${id}`);
    return { env: { PGLITE_DATA_DIR: dir }, cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const { name, url } = await createServerDatabase(serverUrl, "accord_e2e");
  return { env: { DATABASE_URL: url }, cleanup: () => dropServerDatabase(serverUrl, name) };
}

async function main() {
  loadDotEnv();
  buildIfNeeded();
  const port = await freePort();
  const database = await freshDatabase();
  console.log(`\n── end-to-end tests on ${database.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}, port ${port} ──`);
  const result = spawnSync(process.execPath, [path.resolve("node_modules/@playwright/test/cli.js"), "test", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: {
      ...process.env,
      ...database.env,
      E2E_MANAGED: "1",
      ACCORD_SKIP_BUILD: "1",
      E2E_BASE_URL: `http://127.0.0.1:${port}`,
      AUTH_SECRET: randomBytes(33).toString("base64"),
      PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  await database.cleanup();
  process.exit(result.status ?? 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
