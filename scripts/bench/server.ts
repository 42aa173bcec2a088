import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { nextEnv, serverCommand } from "../build";
import type { CpuReading } from "./load";

type Proc = { pid: number; ppid: number; name: string; cpuTicks: number };

/** Every process on the machine, read from /proc/<pid>/stat (Linux). */
function processes(): Proc[] {
  const list: Proc[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // utime + stime (fields 14 and 15 of stat): CPU time of all the process's threads.
      list.push({ pid: Number(entry), ppid: Number(fields[1]), name: stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")), cpuTicks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // process ended while reading
    }
  }
  return list;
}

/** A process and all its descendants. */
function tree(rootPid: number, list = processes()): Proc[] {
  const children = new Map<number, Proc[]>();
  for (const proc of list) children.set(proc.ppid, [...(children.get(proc.ppid) ?? []), proc]);
  const found = list.filter((p) => p.pid === rootPid);
  for (let i = 0; i < found.length; i++) found.push(...(children.get(found[i]!.pid) ?? []));
  return found;
}

/** Resident memory of a process and all its descendants, in MiB. */
export function treeRssMiB(rootPid: number): number {
  let total = 0;
  for (const { pid } of tree(rootPid)) {
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    } catch {
      // gone
    }
  }
  return Math.round(total);
}

/** Clock ticks per second of /proc's CPU times (USER_HZ; 100 on Linux). */
const TICK_MS = 10;

/**
 * CPU milliseconds used so far by a process tree (every thread: rendering, the PGlite worker, V8's
 * helpers) and by each of the machine's PostgreSQL processes. Differences over a stretch of load
 * (`cpuSpent`), divided by its requests, tell where a page's cost goes — steadier than requests per
 * second on a busy machine.
 */
export function cpuMs(rootPid: number): CpuReading {
  const list = processes();
  const postgres = new Map(list.filter((p) => p.name === "postgres").map((p) => [p.pid, p.cpuTicks * TICK_MS]));
  return { server: tree(rootPid, list).reduce((total, p) => total + p.cpuTicks, 0) * TICK_MS, postgres };
}

/** `processes`: how many `next start` serve it (ACCORD_WORKERS, as `npm start` decides). */
export type RunningServer = { child: ChildProcess; baseUrl: string; processes: number; peakRss: () => number; sample: () => number; stop: () => Promise<void> };

export async function startServer(port: number, env: Record<string, string>, nodeFlags: string[] = []): Promise<RunningServer> {
  // Started as `npm start` starts it: the same heap cap, keep-alive and number of processes — but
  // without the daily job. A server started after 07:00 agency time catches up on the day's job, which
  // for a generated agency writes ~300 notifications for each of 200 counsellors: it would run inside
  // the server being measured, and its rows would land after the bench's ANALYZE (on 7 Dec it did
  // both, and the session check planned a sequential scan of 59,000 fresh notifications).
  const command = serverCommand(
    ["start", "-p", String(port), "-H", "127.0.0.1", "--keepAliveTimeout", "65000"],
    { ...nextEnv(), ACCORD_JOBS: "off", ...env, NODE_ENV: "production" },
    nodeFlags,
  );
  const child = spawn(process.execPath, command.args, {
    env: command.env,
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
    processes: command.processes,
    peakRss: () => peak,
    sample,
    stop: async () => {
      clearInterval(timer);
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    },
  };
}
