import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { nextBin, serverCommand, serverWorkers } from "./build";

describe("serverWorkers", () => {
  it("runs one process on PostgreSQL unless ACCORD_WORKERS asks for more", () => {
    const env = { DATABASE_URL: "postgres://db/accord" };
    expect(serverWorkers(env, 8)).toBe(1);
    expect(serverWorkers({ ...env, ACCORD_WORKERS: "6" }, 2)).toBe(6);
    expect(serverWorkers({ ...env, ACCORD_WORKERS: " 2 " }, 2)).toBe(2);
    expect(serverWorkers({ ...env, ACCORD_WORKERS: "auto" }, 2)).toBe(2);
    expect(serverWorkers({ ...env, ACCORD_WORKERS: "auto" }, 1)).toBe(1);
    expect(serverWorkers({ ...env, ACCORD_WORKERS: "auto" }, 16)).toBe(4);
  });

  it("runs one process on the embedded database, whatever ACCORD_WORKERS says", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(serverWorkers({}, 8)).toBe(1);
    expect(serverWorkers({ DATABASE_URL: "", ACCORD_WORKERS: "3" }, 8)).toBe(1);
    expect(serverWorkers({ ACCORD_WORKERS: "auto" }, 8)).toBe(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("ACCORD_WORKERS is ignored"));
    warn.mockRestore();
  });

  it("refuses a number of processes that is not one", () => {
    for (const asked of ["0", "-1", "two", "1.5", "1e1"]) {
      expect(() => serverWorkers({ DATABASE_URL: "postgres://db/accord", ACCORD_WORKERS: asked }, 2)).toThrow(/ACCORD_WORKERS must be a number of server processes/);
    }
  });

  it("starts next directly for one process and through the launcher for several", () => {
    const single = serverCommand(["start"], { NODE_ENV: "production", ACCORD_WORKERS: "1", DATABASE_URL: "postgres://db/accord" });
    expect(single.args.slice(-2)).toEqual([nextBin, "start"]);
    expect(single.env.ACCORD_SERVER_WORKERS).toBeUndefined();
    const several = serverCommand(["start"], { NODE_ENV: "production", ACCORD_WORKERS: "3", DATABASE_URL: "postgres://db/accord" }, ["--trace-gc"]);
    expect(several.args.slice(-4)).toEqual(["--trace-gc", path.resolve("scripts/server-workers.mjs"), nextBin, "start"]);
    expect(several.env.ACCORD_SERVER_WORKERS).toBe("3");
    expect(several.env.DATABASE_URL).toBe("postgres://db/accord");
  });
});

// A stand-in for `next start`: answers with its process id on the port it is given; /crash exits with 3.
const FAKE_SERVER = `
import http from "node:http";
http.createServer((req, res) => {
  if (req.url === "/crash") process.exit(3);
  res.end(String(process.pid));
}).listen(Number(process.argv[2]), "127.0.0.1");
`;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** One answer on a connection of its own, so the launcher hands each request to the next process. */
function get(port: number, pathname = "/"): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: pathname, agent: false }, (res) => {
        let body = "";
        res.on("data", (chunk: Buffer) => (body += chunk.toString()));
        res.on("end", () => resolve(body));
      })
      .on("error", reject);
  });
}

async function answering(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await get(port).then(() => true, () => false)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("the launcher never answered");
}

/**
 * The process ids answering on `port`, asked until `workers` different ones have answered: the
 * launcher hands connections only to processes already listening, and on a slow machine the second
 * may start listening well after the first answered. Gives up after ten seconds.
 */
async function everyProcess(port: number, workers: number): Promise<Set<string>> {
  const pids = new Set<string>();
  for (const started = Date.now(); pids.size < workers && Date.now() - started < 10_000; ) {
    pids.add(await get(port));
    if (pids.size < workers) await new Promise((r) => setTimeout(r, 20));
  }
  return pids;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("server-workers.mjs", () => {
  let launcher: ChildProcess | undefined;
  let dir: string | undefined;
  afterEach(() => {
    launcher?.kill("SIGKILL");
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  async function launch(workers: number): Promise<{ port: number; exited: Promise<number | null> }> {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "accord-workers-"));
    const fake = path.join(dir, "fake-server.mjs");
    fs.writeFileSync(fake, FAKE_SERVER);
    const port = await freePort();
    launcher = spawn(process.execPath, [path.resolve("scripts/server-workers.mjs"), fake, String(port)], {
      env: { ...process.env, ACCORD_SERVER_WORKERS: String(workers) },
      stdio: ["ignore", "ignore", "pipe"],
    });
    const exited = new Promise<number | null>((resolve) => launcher!.once("exit", (code) => resolve(code)));
    await answering(port);
    return { port, exited };
  }

  it("serves one port from every process and stops them all on SIGTERM", async () => {
    const { port, exited } = await launch(2);
    const pids = await everyProcess(port, 2);
    expect(pids.size).toBe(2);
    launcher!.kill("SIGTERM");
    expect(await exited).toBe(0);
    for (const pid of pids) expect(alive(Number(pid))).toBe(false);
  });

  it("stops the others and exits with the code of a process that dies", async () => {
    const { port, exited } = await launch(2);
    const pids = await everyProcess(port, 2);
    await get(port, "/crash").catch(() => "connection closed by the exiting process");
    expect(await exited).toBe(3);
    for (const pid of pids) expect(alive(Number(pid))).toBe(false);
  });

  it("refuses to start without a number of processes", async () => {
    const child = spawn(process.execPath, [path.resolve("scripts/server-workers.mjs"), "whatever.mjs"], {
      env: { ...process.env, ACCORD_SERVER_WORKERS: "" },
      stdio: "ignore",
    });
    expect(await new Promise((resolve) => child.once("exit", resolve))).toBe(2);
  });
});
