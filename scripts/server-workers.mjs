// The production server on several cores: `node server-workers.mjs <next bin> start -p …` runs
// ACCORD_SERVER_WORKERS copies of `next start` that share one port through node:cluster (the
// primary accepts connections and hands them round-robin to the workers). One Next.js process
// renders on one core; on PostgreSQL the app keeps no state between requests in its processes
// that another needs (README, "Scaling out"), so the copies need nothing shared.
// Started by scripts/build.ts (serverCommand) for `npm start` and the benchmark. Plain JavaScript:
// Node runs it as it is, and the workers inherit this process's flags (the heap cap).
//
// A worker that exits on its own (a crash, a failed start) stops the others and the server exits
// with its code, as the single `next start` would: whatever supervises `npm start` restarts it
// whole. SIGINT and SIGTERM are passed to every worker, and the server exits once they have.
import cluster from "node:cluster";

const count = Number(process.env.ACCORD_SERVER_WORKERS);
const [exec, ...args] = process.argv.slice(2);
if (!exec || !Number.isInteger(count) || count < 1) {
  console.error("usage: ACCORD_SERVER_WORKERS=<n> node server-workers.mjs <script> [args…]");
  process.exit(2);
}

cluster.setupPrimary({ exec, args });
let stopping = false;
let exitCode = 0;
let running = count;

function stopAll(signal) {
  stopping = true;
  for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
}

cluster.on("exit", (worker, code, signal) => {
  if (!stopping) {
    console.error(`Server process ${worker.process.pid} exited (${signal ?? `code ${code}`}); stopping the others.`);
    exitCode = code || 1;
    stopAll("SIGTERM");
  }
  if (--running === 0) process.exit(exitCode);
});

for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stopAll(signal));
for (let i = 0; i < count; i++) cluster.fork();
