import fs from "node:fs";
import { defineConfig } from "@playwright/test";

// The runner (scripts/test-e2e.ts) picks the port once and passes it down: Playwright re-reads this
// file in every worker, so a port chosen here would differ per worker.
const baseURL = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3100";
const debianChromium = "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  projects: [
    // Before the specs: signs each demo person in once (the specs reuse those sessions) and checks the
    // staff land on their seeded dashboard counts, while the demo data is still as seeded.
    { name: "sessions", testMatch: /\.setup\.ts$/ },
    { name: "e2e", testMatch: /\.spec\.ts$/, dependencies: ["sessions"] },
  ],
  use: {
    baseURL,
    // Recording a trace for every test (to keep the failures') made the suite ~20 % slower on two
    // cores (screens in English: 4.3–4.4 min against 3.5); CI retries a failure once and traces the
    // retry. Locally: add `--trace on`.
    trace: "on-first-retry",
    launchOptions: fs.existsSync(debianChromium)
      ? {
          executablePath: debianChromium,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        }
      : {},
  },
  webServer: process.env.E2E_MANAGED
    ? {
        command: "node node_modules/tsx/dist/cli.mjs scripts/start.ts",
        url: `${baseURL}/api/health`,
        timeout: 180_000,
        reuseExistingServer: false,
        stdout: "ignore",
        stderr: "pipe",
        env: { PORT: new URL(baseURL).port },
      }
    : undefined,
});
