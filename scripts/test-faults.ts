import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { createServerDatabase, dropServerDatabase } from "@/db/server-database";
import { samplePng } from "@/lib/documents/testing/samples";
import { buildIfNeeded } from "./build";
import { loadDotEnv } from "./env";
import { AppServer, freePort } from "./faults/app-server";
import { FRIENDLY, LEAK, check, clientIdOf, uploadInvariants } from "./faults/checks";
import { Session, slowUpload } from "./faults/http";
import { CuttableProxy } from "./faults/tcp-proxy";

/**
 * Fault drills against the real production server (`npm run test:faults`):
 *  1. PostgreSQL outage under concurrent uploads (a TCP proxy is cut for some seconds, then restored);
 *  2. the server killed (SIGKILL) half way through a large upload, then started again.
 * Needs DATABASE_URL (a PostgreSQL server where it may create and drop a database).
 */
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const uploadUrl = (clientId: string, key: string, name = "payslip.png") => `/api/documents/upload?clientId=${clientId}&kind=income_proof&key=${key}&name=${name}`;

async function freshDatabase(serverUrl: string): Promise<{ url: URL; drop: () => Promise<void> }> {
  const { name, url } = await createServerDatabase(serverUrl, "accord_faults");
  return { url: new URL(url), drop: () => dropServerDatabase(serverUrl, name) };
}

function folders() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "accord-faults-"));
  return { root, uploads: path.join(root, "uploads"), spool: path.join(root, "spool") };
}

async function outageDrill(serverUrl: string): Promise<void> {
  console.log("\n── PostgreSQL outage under concurrent uploads ──");
  const database = await freshDatabase(serverUrl);
  const proxy = new CuttableProxy({ host: database.url.hostname, port: Number(database.url.port || 5432) });
  const viaProxy = new URL(database.url);
  viaProxy.hostname = "127.0.0.1";
  viaProxy.port = String(await proxy.listen());
  const dirs = folders();
  const app = new AppServer(await freePort(), {
    DATABASE_URL: viaProxy.toString(),
    DATABASE_POOL_MAX: "5",
    UPLOADS_DIR: dirs.uploads,
    UPLOAD_TMP_DIR: dirs.spool,
    AUTH_SECRET: randomBytes(33).toString("base64"),
  });
  try {
    await app.start();
    const session = new Session(app.origin);
    await session.signIn("counsellor@demo.accord.test", "demo-counsellor-passphrase");
    const clientId = await clientIdOf(database.url.toString(), "张伟");
    let stop = false;
    let phase: "before" | "outage" | "after" = "before";
    const seen: { phase: string; status: number; body: string }[] = [];
    const writer = async (w: number) => {
      for (let i = 0; !stop; i++) {
        const key = `w${w}x${i}x${randomBytes(4).toString("hex")}`;
        const at = phase;
        try {
          const response = await session.fetch(uploadUrl(clientId, key), { method: "POST", body: samplePng(), headers: { "content-type": "image/png" } });
          seen.push({ phase: at, status: response.status, body: await response.text() });
        } catch (error) {
          seen.push({ phase: at, status: 0, body: String(error) });
        }
        await sleep(20);
      }
    };
    const writers = Array.from({ length: 12 }, (_, w) => writer(w));
    await sleep(2000);
    phase = "outage";
    proxy.cut();
    await sleep(1500);
    const page = await session.fetch("/dashboard");
    const pageBody = await page.text();
    await sleep(4000);
    phase = "after";
    proxy.restore();
    const restoredAt = Date.now();
    let recovered = 0;
    while (Date.now() - restoredAt < 30_000) {
      const again = await session.fetch("/dashboard");
      await again.text();
      if (again.status === 200) {
        recovered = Date.now() - restoredAt;
        break;
      }
      await sleep(500);
    }
    await sleep(2000);
    stop = true;
    await Promise.all(writers);

    const during = seen.filter((s) => s.phase === "outage");
    const failed = during.filter((s) => s.status >= 500);
    check(seen.some((s) => s.phase === "before" && s.status === 201), "uploads succeed before the outage");
    check(failed.length > 0, `requests during the outage fail (${failed.length} of ${during.length} answered 5xx)`);
    check(seen.every((s) => s.status !== 0), "every request got an HTTP answer (no dropped connections)");
    check(seen.every((s) => !LEAK.test(s.body)), "no failed upload shows a stack trace or driver error");
    check(page.status >= 500 && FRIENDLY.some((text) => pageBody.includes(text)), `a page during the outage is the friendly error page (status ${page.status})`);
    check(!LEAK.test(pageBody), "the error page shows no stack trace");
    check(recovered > 0, `the app serves again ${recovered} ms after the database is back, without a restart`);
    check(seen.some((s) => s.phase === "after" && s.status === 201), "uploads succeed again after the outage");
    const { documents, problems } = await uploadInvariants(database.url.toString(), dirs.uploads);
    check(problems.length === 0, `no half-done upload: ${documents} documents, each with its file and one audit row${problems.length ? `\n    ${problems.slice(0, 5).join("\n    ")}` : ""}`);
  } catch (error) {
    console.error(app.log.slice(-3000));
    throw error;
  } finally {
    await app.kill();
    await proxy.close();
    await database.drop();
    fs.rmSync(dirs.root, { recursive: true, force: true });
  }
}

async function killDrill(serverUrl: string): Promise<void> {
  console.log("\n── server killed during a large upload ──");
  const database = await freshDatabase(serverUrl);
  const dirs = folders();
  const app = new AppServer(await freePort(), {
    DATABASE_URL: database.url.toString(),
    UPLOADS_DIR: dirs.uploads,
    UPLOAD_TMP_DIR: dirs.spool,
    UPLOAD_MAX_BYTES: String(64 * 1024 * 1024),
    ORPHAN_SWEEP_DELAY_MS: "1000",
    AUTH_SECRET: randomBytes(33).toString("base64"),
  });
  try {
    await app.start();
    const session = new Session(app.origin);
    await session.signIn("counsellor@demo.accord.test", "demo-counsellor-passphrase");
    const clientId = await clientIdOf(database.url.toString(), "张伟");
    const key = `killed${randomBytes(6).toString("hex")}`;
    await slowUpload(session, uploadUrl(clientId, key, "big.pdf"), 40 * 1024 * 1024, 4 * 1024 * 1024);
    await sleep(500);
    const spoolDir = path.join(dirs.spool, "accord-uploads");
    const spooled = fs.existsSync(spoolDir) ? fs.readdirSync(spoolDir) : [];
    check(spooled.length === 1, "the upload is half received when the server is killed");
    await app.kill();
    const sql = postgres(database.url.toString(), { max: 1, onnotice: () => {} });
    const rows = await sql`select id from documents where idempotency_key = ${key}`;
    await sql.end();
    check(rows.length === 0, "no document row for the interrupted upload");
    check(fs.readdirSync(spoolDir).length === 1, "the killed server left its orphan file behind");
    // Pretend the grace period has passed, as it would have by the next start or daily sweep.
    const old = new Date(Date.now() - 2 * 60 * 60_000);
    for (const name of fs.readdirSync(spoolDir)) fs.utimesSync(path.join(spoolDir, name), old, old);
    await app.start();
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && fs.readdirSync(spoolDir).length > 0) await sleep(250);
    check(fs.readdirSync(spoolDir).length === 0, "the orphan file is swept after the restart");
    const after = await session.fetch(uploadUrl(clientId, `after${randomBytes(4).toString("hex")}`), { method: "POST", body: samplePng(), headers: { "content-type": "image/png" } });
    check(after.status === 201, "uploads work after the restart");
    const { problems } = await uploadInvariants(database.url.toString(), dirs.uploads);
    check(problems.length === 0, "every document row has its file and its audit row");
  } catch (error) {
    console.error(app.log.slice(-3000));
    throw error;
  } finally {
    await app.kill();
    await database.drop();
    fs.rmSync(dirs.root, { recursive: true, force: true });
  }
}

async function main() {
  loadDotEnv();
  const serverUrl = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    console.error("test:faults needs DATABASE_URL: a PostgreSQL server where it may create and drop a database.");
    process.exit(1);
  }
  if (process.env.ACCORD_SKIP_BUILD !== "1") buildIfNeeded();
  const started = Date.now();
  await outageDrill(serverUrl);
  await killDrill(serverUrl);
  console.log(`\nFault drills passed in ${Math.round((Date.now() - started) / 1000)} s.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
