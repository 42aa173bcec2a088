import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { nextBin, serverNodeFlags } from "../build";

/** Resident memory of a process and all its descendants, in MiB (Linux /proc). */
export function treeRssMiB(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // process ended while reading
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    } catch {
      // gone
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return Math.round(total);
}

export type RunningServer = { child: ChildProcess; baseUrl: string; peakRss: () => number; sample: () => number; stop: () => Promise<void> };

export async function startServer(port: number, env: Record<string, string>, nodeFlags: string[] = []): Promise<RunningServer> {
  // Started as `npm start` starts it: the same heap cap and keep-alive.
  const child = spawn(process.execPath, [...serverNodeFlags(), ...nodeFlags, nextBin, "start", "-p", String(port), "-H", "127.0.0.1", "--keepAliveTimeout", "65000"], {
    env: { ...process.env, ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = Date.now();
  while (Date.now() - started < 60_000) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  let peak = 0;
  const sample = () => {
    const rss = treeRssMiB(child.pid!);
    peak = Math.max(peak, rss);
    return rss;
  };
  const timer = setInterval(sample, 200);
  return {
    child,
    baseUrl,
    peakRss: () => peak,
    sample,
    stop: async () => {
      clearInterval(timer);
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    },
  };
}
