import fs from "node:fs";
import path from "node:path";

const ROOTS = ["app", "components", "lib"];

function walk(dir: string, out: string[]): void {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && !entry.name.startsWith(".")) walk(full, out);
    } else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(full);
  }
}

/**
 * Every server action in the source, found by reading files rather than trusting a list: a module
 * marked "use server" exports actions; a "use server" inside a function body is an inline action.
 * Keys look like `app/(staff)/clients/actions.ts#createClientAction`.
 */
export function discoverServerActions(root = process.cwd()): string[] {
  const files: string[] = [];
  for (const dir of ROOTS) walk(path.join(root, dir), files);
  const found: string[] = [];
  for (const file of files) {
    const source = fs.readFileSync(file, "utf8");
    const relative = path.relative(root, file).split(path.sep).join("/");
    const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
    const moduleLevel = /^\s*["']use server["'];?/.test(code);
    if (moduleLevel) {
      for (const match of code.matchAll(/export\s+(?:async\s+)?(?:function\s*\*?\s*|const\s+|let\s+)([A-Za-z0-9_$]+)/g)) found.push(`${relative}#${match[1]}`);
      for (const match of code.matchAll(/export\s*\{([^}]*)\}/g)) {
        for (const part of match[1]!.split(",")) {
          const name = part.trim().split(/\s+as\s+/).pop();
          if (name) found.push(`${relative}#${name}`);
        }
      }
      if (/export\s+default/.test(code)) found.push(`${relative}#default`);
    } else if (/["']use server["']/.test(code)) {
      found.push(`${relative}#<inline>`);
    }
  }
  return [...new Set(found)].sort();
}
