import { closeDb, db } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { resetDatabase } from "@/db/reset";
import { assertLocalTarget, describeSignIns, isDatabaseEmpty, seedDemo } from "@/db/seed";
import { ensureAuthSecret, loadDotEnv } from "./env";
import { seedLarge } from "./seed-large";

/** `--clients 100000` style options; absent means not asked for. */
function numberOption(args: string[], name: string): number | undefined {
  const index = args.indexOf(`--${name}`);
  if (index < 0) return undefined;
  const value = Number(args[index + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a whole number, for example --${name} 1000`);
  return value;
}

async function main() {
  loadDotEnv();
  ensureAuthSecret(); // the demo seed encrypts the demo authenticator secret with the app's key
  const args = process.argv.slice(2);
  assertLocalTarget(args.includes("--force"));
  if (args.includes("--reset")) await resetDatabase();
  await runMigrations();
  if (await isDatabaseEmpty(db())) {
    console.log(describeSignIns(await seedDemo(db())));
  } else {
    console.log("The database already has data; run `npm run db:seed -- --reset` to wipe it and seed the demo again.");
  }
  const count = numberOption(args, "clients");
  if (count) {
    const started = Date.now();
    const result = await seedLarge(db(), {
      clients: count,
      counsellors: numberOption(args, "counsellors"),
      supervisors: numberOption(args, "supervisors"),
      seed: numberOption(args, "seed"),
    });
    console.log(
      `Added ${result.clients} clients for ${result.counsellorIds.length} counsellors and ${result.supervisorIds.length} supervisors ` +
        `in ${((Date.now() - started) / 1000).toFixed(1)} s (staff sign in with ${result.password}).`,
    );
  }
  await closeDb();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
