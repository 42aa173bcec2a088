import { closeDb } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { loadDotEnv } from "./env";

async function main() {
  loadDotEnv();
  await runMigrations();
  await closeDb();
  console.log("Migrations applied.");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
