import { closeDb, db } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { resetDatabase } from "@/db/reset";
import { assertLocalTarget, describeSignIns, isDatabaseEmpty, seedDemo } from "@/db/seed";
import { loadDotEnv } from "./env";

async function main() {
  loadDotEnv();
  const args = process.argv.slice(2);
  assertLocalTarget(args.includes("--force"));
  if (args.includes("--reset")) await resetDatabase();
  await runMigrations();
  if (await isDatabaseEmpty(db())) {
    console.log(describeSignIns(await seedDemo(db())));
  } else {
    console.log("The database already has data; run `npm run db:seed -- --reset` to wipe it and seed the demo again.");
  }
  await closeDb();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
