import autocannon from "autocannon";

export type LoadResult = {
  name: string;
  url: string;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  errors: number;
  non2xx: number;
  /** CPU milliseconds per answered request: the server's (all its threads) and PostgreSQL's. */
  serverCpuMs: number;
  postgresCpuMs: number;
};

/** CPU milliseconds so far: the server's process tree, and each PostgreSQL process by pid. */
export type CpuReading = { server: number; postgres: Map<number, number> };

/** CPU milliseconds spent over a stretch: the server's and PostgreSQL's. */
export type CpuSpent = { server: number; postgres: number };

/**
 * CPU time spent between two readings. A PostgreSQL process that started meanwhile counts whole; one
 * that ended is left out (its time since the first reading is lost, rather than subtracting all of
 * its past).
 */
export function cpuSpent(before: CpuReading, after: CpuReading): CpuSpent {
  let postgres = 0;
  for (const [pid, ms] of after.postgres) postgres += ms - (before.postgres.get(pid) ?? 0);
  return { server: after.server - before.server, postgres };
}

/** One timed stretch of load: every response's latency kept, so stretches can be pooled exactly. */
export type LoadSample = { name: string; url: string; seconds: number; latencies: number[]; errors: number; non2xx: number; cpu: CpuSpent };

/** Drives one URL with a fixed number of connections for a fixed time, on 127.0.0.1 only. */
export async function sample(name: string, url: string, cookie: string, seconds: number, readCpu: () => CpuReading, connections = 10): Promise<LoadSample> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`refusing to load a non-local URL: ${url}`);
  const latencies: number[] = [];
  const before = readCpu();
  let non2xx = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, headers: { cookie, "accept-language": "zh-CN" } }, (error, done) =>
      error ? reject(error) : resolve(done),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (statusCode < 200 || statusCode > 299) non2xx++;
    });
  });
  const after = readCpu();
  const cpu = cpuSpent(before, after);
  return { name, url, seconds, latencies, errors: result.errors + result.timeouts, non2xx, cpu };
}

/** The nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);
}

/** Stretches of the same page pooled into one result: requests per second over their whole time. */
export function pool(samples: LoadSample[]): LoadResult {
  const first = samples[0]!;
  const latencies = samples.flatMap((s) => s.latencies).sort((a, b) => a - b);
  const seconds = samples.reduce((sum, s) => sum + s.seconds, 0);
  return {
    name: first.name,
    url: first.url,
    requestsPerSecond: Math.round((latencies.length / seconds) * 10) / 10,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requests: latencies.length,
    errors: samples.reduce((sum, s) => sum + s.errors, 0),
    non2xx: samples.reduce((sum, s) => sum + s.non2xx, 0),
    serverCpuMs: perRequest(samples.reduce((sum, s) => sum + s.cpu.server, 0), latencies.length),
    postgresCpuMs: perRequest(samples.reduce((sum, s) => sum + s.cpu.postgres, 0), latencies.length),
  };
}

const perRequest = (ms: number, requests: number) => (requests ? Math.round((ms / requests) * 10) / 10 : 0);

