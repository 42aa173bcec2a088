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
};

/** Drives one URL with a fixed number of connections for a fixed time, on 127.0.0.1 only. */
export async function drive(name: string, url: string, cookie: string, seconds: number, connections = 10): Promise<LoadResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`refusing to load a non-local URL: ${url}`);
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers: { cookie, "accept-language": "zh-CN" },
  });
  // autocannon reports p97.5 and p99 but not p95: interpolate between p90 and p97.5.
  const { p90, p97_5: p975, p50, p99 } = result.latency;
  const p95 = p90 + ((p975 - p90) * (95 - 90)) / (97.5 - 90);
  return {
    name,
    url,
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    p50,
    p95: Math.round(p95),
    p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
