import { afterEach, describe, expect, it, vi } from "vitest";

const boss = vi.hoisted(() => ({ starts: 0, failFirst: 0, schedule: vi.fn(), work: vi.fn() }));
const jobs = vi.hoisted(() => ({ driver: "postgres", calls: [] as string[] }));
vi.mock("@/db/client", () => ({ dbDriver: () => jobs.driver }));
vi.mock("@/db/maintenance", () => ({
  maintainEmbeddedDatabase: async () => {
    jobs.calls.push("maintenance");
    return 42;
  },
}));
vi.mock("@/lib/dal/settings", () => ({ getAgencySettings: async () => ({ timeZone: "Asia/Shanghai" }) }));
vi.mock("./daily", () => ({
  runDailyJobs: async () => {
    jobs.calls.push("daily");
    return { counsellors: 0, digests: 0 };
  },
}));
vi.mock("pg-boss", () => ({
  default: class {
    on() {}
    async start() {
      boss.starts++;
      if (boss.starts <= boss.failFirst) throw new Error("deadlock detected");
    }
    async createQueue() {}
    schedule = boss.schedule;
    work = boss.work;
    async send() {}
    async stop() {}
  },
}));

import { START_RETRY_MS, startScheduler, stopScheduler } from "./scheduler";

describe("startScheduler on PostgreSQL", () => {
  afterEach(async () => {
    await stopScheduler();
    vi.useRealTimers();
    vi.restoreAllMocks();
    Object.assign(boss, { starts: 0, failFirst: 0 });
    boss.schedule.mockClear();
    boss.work.mockClear();
  });

  it("tries again later when pg-boss cannot start (servers racing to create its tables)", async () => {
    vi.useFakeTimers();
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    boss.failFirst = 1;
    await startScheduler();
    expect(boss.schedule).not.toHaveBeenCalled();
    expect(errors).toHaveBeenCalledWith(expect.stringContaining("deadlock detected); trying again in 5 s"));
    await vi.advanceTimersByTimeAsync(START_RETRY_MS);
    expect(boss.starts).toBe(2);
    expect(boss.schedule).toHaveBeenCalledWith("accord-daily", "0 7 * * *", {}, { tz: "Asia/Shanghai" });
    expect(boss.work).toHaveBeenCalledTimes(1);
  });

  it("gives up after three attempts and says so", async () => {
    vi.useFakeTimers();
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    boss.failFirst = 10;
    await startScheduler();
    await vi.advanceTimersByTimeAsync(START_RETRY_MS * 10);
    expect(boss.starts).toBe(3);
    expect(boss.schedule).not.toHaveBeenCalled();
    expect(errors).toHaveBeenLastCalledWith("[jobs] scheduler did not start: deadlock detected");
  });
});

describe("startScheduler on the embedded database", () => {
  afterEach(async () => {
    await stopScheduler();
    vi.useRealTimers();
    vi.restoreAllMocks();
    Object.assign(jobs, { driver: "postgres", calls: [] });
  });

  it("runs the day's job, then vacuums and analyses the database, once per agency day", async () => {
    vi.useFakeTimers({ now: new Date("2026-12-07T02:00:00Z") }); // 10:00 in Shanghai
    const logs = vi.spyOn(console, "log").mockImplementation(() => {});
    jobs.driver = "pglite";
    await startScheduler();
    expect(jobs.calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(15_000);
    expect(jobs.calls).toEqual(["daily", "maintenance"]);
    expect(logs).toHaveBeenCalledWith("[maintenance] embedded database vacuumed and analysed in 42 ms");
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(jobs.calls).toEqual(["daily", "maintenance"]);
    // The next agency day, at 07:00 Shanghai (23:00 UTC).
    await vi.advanceTimersByTimeAsync(21 * 60 * 60_000);
    expect(jobs.calls).toEqual(["daily", "maintenance", "daily", "maintenance"]);
  });
});
