import { dbDriver } from "@/db/client";
import { maintainEmbeddedDatabase } from "@/db/maintenance";
import { getAgencySettings } from "@/lib/dal/settings";
import { instantToAgencyDate } from "@/lib/validation/agency-time";
import { runDailyJobs } from "./daily";

const QUEUE = "accord-daily";
/** Agency-local hour at which the daily job runs. */
export const DAILY_HOUR = 7;

const holder = globalThis as typeof globalThis & { __accordScheduler?: { stop: () => Promise<void> } };

function agencyHour(timeZone: string, at: Date): number {
  return Number(new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", hourCycle: "h23" }).format(at));
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function runLogged(): Promise<void> {
  try {
    const result = await runDailyJobs(new Date());
    console.log(`[daily] ${result.counsellors} counsellors, ${result.digests} digests sent`);
  } catch (error) {
    console.error(`[daily] failed: ${reasonOf(error)}`);
  }
}

/** The embedded database's VACUUM ANALYZE (PGlite has no autovacuum), after the day's job. */
async function maintainLogged(): Promise<void> {
  try {
    const ms = await maintainEmbeddedDatabase();
    if (ms !== null) console.log(`[maintenance] embedded database vacuumed and analysed in ${ms} ms`);
  } catch (error) {
    console.error(`[maintenance] failed: ${reasonOf(error)}`);
  }
}

/**
 * Embedded database (one process): a minute timer runs the job once per agency day, at 07:00 or
 * at the first tick after start-up if that is later (a catch-up after a restart), and then the
 * database maintenance autovacuum would otherwise do.
 */
function startTimer(): { stop: () => Promise<void> } {
  let lastDay: string | null = null;
  let running = false;
  const tick = async () => {
    if (running) return;
    const { timeZone } = await getAgencySettings();
    const now = new Date();
    const day = instantToAgencyDate(now, timeZone);
    if (day === lastDay || agencyHour(timeZone, now) < DAILY_HOUR) return;
    running = true;
    lastDay = day;
    await runLogged()
      .then(maintainLogged)
      .finally(() => (running = false));
  };
  const first = setTimeout(() => void tick(), 15_000);
  const timer = setInterval(() => void tick(), 60_000);
  first.unref();
  timer.unref();
  return {
    stop: async () => {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}

/**
 * PostgreSQL (possibly several app servers): pg-boss keeps the cron in the database, so one server
 * runs each 07:00 job; a catch-up at start-up is throttled to one per day across servers.
 */
async function startPgBoss(): Promise<{ stop: () => Promise<void> }> {
  const { default: PgBoss } = await import("pg-boss");
  const boss = new PgBoss({ connectionString: process.env.DATABASE_URL, max: 2 });
  boss.on("error", (error: Error) => console.error(`[jobs] ${error.message}`));
  await boss.start();
  try {
    await boss.createQueue(QUEUE);
    const { timeZone } = await getAgencySettings();
    await boss.schedule(QUEUE, `0 ${DAILY_HOUR} * * *`, {}, { tz: timeZone });
    await boss.work(QUEUE, async () => {
      await runLogged();
    });
    if (agencyHour(timeZone, new Date()) >= DAILY_HOUR) {
      // pg-boss caps throttling at its archive interval (12 h); a second catch-up the same day is harmless.
      const day = instantToAgencyDate(new Date(), timeZone);
      await boss.send(QUEUE, {}, { singletonKey: `catch-up-${day}`, singletonSeconds: 12 * 3600 }).catch((error: Error) => console.error(`[jobs] catch-up not queued: ${error.message}`));
    }
  } catch (error) {
    await boss.stop({ graceful: false });
    throw error;
  }
  return { stop: () => boss.stop({ graceful: true }) };
}

/** Attempts at starting pg-boss, and the wait before the next one (times the attempt's number). */
const START_ATTEMPTS = 3;
export const START_RETRY_MS = 5_000;

/** Starts scheduled work once per process (Next may load this module several times); never during a build. */
export async function startScheduler(): Promise<void> {
  await start(1);
}

async function start(attempt: number): Promise<void> {
  if (holder.__accordScheduler || process.env.ACCORD_JOBS === "off" || process.env.NEXT_PHASE === "phase-production-build") return;
  holder.__accordScheduler = { stop: async () => {} };
  const onPostgres = dbDriver() === "postgres";
  try {
    holder.__accordScheduler = onPostgres ? await startPgBoss() : startTimer();
  } catch (error) {
    holder.__accordScheduler = undefined;
    const reason = reasonOf(error);
    if (onPostgres && attempt < START_ATTEMPTS) {
      // Servers started together on a new database race to create pg-boss's tables, and Postgres
      // ends the race with a deadlock for all but one; a moment later the tables are there.
      console.error(`[jobs] scheduler did not start (${reason}); trying again in ${(attempt * START_RETRY_MS) / 1000} s`);
      setTimeout(() => void start(attempt + 1), attempt * START_RETRY_MS).unref();
    } else {
      console.error(`[jobs] scheduler did not start: ${reason}`);
    }
  }
}

export async function stopScheduler(): Promise<void> {
  const current = holder.__accordScheduler;
  holder.__accordScheduler = undefined;
  await current?.stop();
}
