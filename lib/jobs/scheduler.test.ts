import { afterEach, describe, expect, it, vi } from "vitest";

const boss = vi.hoisted(() => ({ starts: 0, failFirst: 0, schedule: vi.fn(), work: vi.fn() }));
vi.mock("@/db/client", () => ({ dbDriver: () => "postgres" }));
vi.mock("@/lib/dal/settings", () => ({ getAgencySettings: async () => ({ timeZone: "Asia/Shanghai" }) }));
vi.mock("./daily", () => ({ runDailyJobs: async () => ({ counsellors: 0, digests: 0 }) }));
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
