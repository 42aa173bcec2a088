import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };
// `server-only` throws outside a React server bundle; tests import DAL modules directly.
const serverOnly = { "server-only": path.resolve(import.meta.dirname, "lib/testing/server-only-stub.ts") };

export default defineConfig({
  test: {
    // Vitest's default leaves a core idle (one worker on a 2-core machine); the integration files
    // are mostly PGlite's own CPU, so a worker per core (at most four) nearly halves their time.
    maxWorkers: Math.min(4, os.availableParallelism()),
    projects: [
      {
        resolve: { alias: { ...alias, ...serverOnly } },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "db/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          environment: "node",
        },
      },
      {
        resolve: { alias: { ...alias, ...serverOnly } },
        test: {
          name: "integration",
          include: ["lib/**/*.int.test.ts", "db/**/*.int.test.ts", "scripts/**/*.int.test.ts"],
          // One migrated, seeded database per run; each file starts from a copy of it.
          globalSetup: ["lib/testing/database-template.ts"],
          environment: "node",
          // Files run side by side: each makes its own database (in-memory PGlite, or a throw-away
          // database on the server) and its own temporary folders and ports (lib/testing/db.ts).
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
