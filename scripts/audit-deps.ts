import { spawnSync } from "node:child_process";

/**
 * `npm run audit:deps`: the runtime dependencies against the registry's advisory database, failing on
 * a high or critical advisory. Some networks (this project's build machines among them) block the
 * advisory endpoint; that is reported as "not checked", never as "no advisories".
 */
const result = spawnSync("npm", ["audit", "--omit=dev", "--audit-level=high"], { encoding: "utf8" });
const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
process.stdout.write(result.stdout ?? "");
const warning = (result.stderr ?? "").split("\n").find((line) => /audit/i.test(line) && /\d{3}/.test(line));

const unreachable = /\b(405|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|audit endpoint returned an error)\b/i.test(output);
if (result.status !== 0 && unreachable) {
  console.error(
    [
      warning ? `npm said: ${warning.trim()}` : "",
      "Dependency audit NOT DONE: the registry's advisory endpoint could not be reached from this machine",
      "(npm reported a network error or HTTP 405). No advisory was checked, so this is not a pass.",
      "Run `npm run audit:deps` on a machine that reaches registry.npmjs.org, or check the versions in",
      "package-lock.json against https://github.com/advisories by hand.",
    ].join("\n"),
  );
  process.exit(2);
}
if (result.status !== 0) process.stderr.write(result.stderr ?? "");
process.exit(result.status ?? 1);
