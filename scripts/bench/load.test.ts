import { describe, expect, it } from "vitest";
import { cpuSpent, pool, type LoadSample } from "./load";

const stretch = (seconds: number, latencies: number[], errors = 0, non2xx = 0, cpu = { server: 0, postgres: 0 }): LoadSample => ({
  name: "page",
  url: "http://127.0.0.1:1/x",
  seconds,
  latencies,
  errors,
  non2xx,
  cpu,
});

describe("pooling stretches of load", () => {
  it("takes percentiles over every response of all stretches, not an average of their percentiles", () => {
    // 95 fast answers in one half, 5 slow ones in the other: the pooled p95 is the slowest fast
    // answer and p99 a slow one; averaging the halves' p95 would have said ~(10 + 500) / 2.
    const fast = Array.from({ length: 95 }, (_, i) => 1 + (i % 10));
    const result = pool([stretch(5, fast), stretch(5, [500, 510, 520, 530, 540])]);
    expect(result.requests).toBe(100);
    expect(result.p50).toBe(5);
    expect(result.p95).toBe(10);
    expect(result.p99).toBe(530);
  });

  it("counts requests per second over the stretches' whole time and adds up their failures", () => {
    const result = pool([stretch(5, Array(300).fill(20), 1, 0), stretch(5, Array(200).fill(30), 0, 2)]);
    expect(result.requestsPerSecond).toBe(50);
    expect(result.errors).toBe(1);
    expect(result.non2xx).toBe(2);
  });

  it("divides the stretches' CPU time by every answered request", () => {
    const result = pool([stretch(5, Array(300).fill(20), 0, 0, { server: 3000, postgres: 600 }), stretch(5, Array(100).fill(20), 0, 0, { server: 1000, postgres: 200 })]);
    expect(result.serverCpuMs).toBe(10);
    expect(result.postgresCpuMs).toBe(2);
  });

  it("answers zeros for a stretch that got no response", () => {
    expect(pool([stretch(5, [], 3)])).toMatchObject({ requests: 0, requestsPerSecond: 0, p95: 0, errors: 3, serverCpuMs: 0 });
  });

  it("counts a database process that started during a stretch and leaves out one that ended", () => {
    const before = { server: 1000, postgres: new Map([[10, 500], [11, 9000]]) };
    const after = { server: 1600, postgres: new Map([[10, 650], [12, 40]]) };
    expect(cpuSpent(before, after)).toEqual({ server: 600, postgres: 190 });
  });
});
