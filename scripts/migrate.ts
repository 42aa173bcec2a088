import { closeDb } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { loadDotEnv } from "./env";

async function main() {
  loadDotEnv();
  await runMigrations();
  await closeDb();
  console.log("Migrations applied.");
}

void main();
