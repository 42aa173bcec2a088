import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BASE_CLIENT_NAMESPACES, pickClientMessages } from "./client-messages";
import en from "./messages/en.json";

const root = process.cwd();
const catalogue = en as Record<string, unknown>;

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = path.join(root, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return null; // a package
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const sources = new Map<string, string>();
const read = (file: string) => {
  if (!sources.has(file)) sources.set(file, fs.readFileSync(file, "utf8"));
  return sources.get(file)!;
};
const isClient = (file: string) => /^\s*["']use client["']/.test(read(file));

/** Namespaces a client component reads: useTranslations("a.b"), or t("a.…") under a root useTranslations(). */
function namespacesRead(file: string): string[] {
  const source = read(file);
  const found = new Set([...source.matchAll(/useTranslations\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1]!));
  if (/useTranslations\(\s*\)/.test(source)) {
    for (const m of source.matchAll(/\bt\(\s*[`"]([a-zA-Z]+)\./g)) if (m[1]! in catalogue) found.add(m[1]!);
  }
  return [...found];
}

/** Client components a route file renders: its imports, followed through every non-route module. */
function clientComponentsOf(entry: string): Map<string, string[]> {
  const seen = new Set<string>();
  const clients = new Map<string, string[]>();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (isClient(file)) clients.set(path.relative(root, file), namespacesRead(file));
    for (const m of read(file).matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)) {
      const target = resolveImport(file, m[1]!);
      if (target && /\.(ts|tsx)$/.test(target) && !/\.test\.tsx?$/.test(target)) stack.push(target);
    }
  }
  return clients;
}

const covers = (provided: string[], needed: string) => provided.some((p) => needed === p || needed.startsWith(`${p}.`));

function providedBy(file: string): string[] {
  const lists = [...read(file).matchAll(/(?:<ClientMessages\s+namespaces=\{|withClientMessages\()\[([^\]]*)\]/g)].map((m) => [...m[1]!.matchAll(/"([^"]+)"/g)].map((n) => n[1]!));
  return lists.flat();
}

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "api" ? [] : routeFiles(full);
    return /^(page|layout|error|not-found|global-error|loading|template)\.tsx$/.test(entry.name) ? [full] : [];
  });
}

describe("client messages", () => {
  it("gives every page's client components the namespaces they read, and layouts only the base", () => {
    const missing: string[] = [];
    for (const file of routeFiles(path.join(root, "app"))) {
      const own = providedBy(file);
      const provided = [...BASE_CLIENT_NAMESPACES, ...own];
      for (const [component, namespaces] of clientComponentsOf(file)) {
        for (const ns of namespaces) if (!covers(provided, ns)) missing.push(`${path.relative(root, file)} → ${component} reads "${ns}"`);
      }
      if (own.length && !file.endsWith("page.tsx")) missing.push(`${path.relative(root, file)}: only pages add namespaces (a page's list replaces its layout's)`);
    }
    expect(missing).toEqual([]);
  });

  it("finds what a client component reads (the check above is not vacuous)", () => {
    const clients = clientComponentsOf(path.join(root, "app/(staff)/clients/(caseload)/page.tsx"));
    expect(clients.get("components/clients/caseload-table.tsx")).toEqual(expect.arrayContaining(["clients.columns", "clientStatus"]));
    expect(clients.get("components/clients/bulk-assign.tsx")).toEqual(["clients.assign"]);
  });

  it("ships the base plus what was asked, whole namespaces or parts", () => {
    const picked = pickClientMessages(catalogue, ["budget", "supervision.team"]);
    expect(Object.keys(picked).sort()).toEqual([...BASE_CLIENT_NAMESPACES, "budget", "supervision"].sort());
    expect(picked.budget).toBe(catalogue.budget);
    expect(Object.keys(picked.supervision as object)).toEqual(["team"]);
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(catalogue).length / 3);
  });

  it("does not write a part into a namespace given whole (the catalogue stays intact)", () => {
    const before = JSON.stringify(catalogue);
    pickClientMessages(catalogue, ["supervision", "supervision.team"]);
    pickClientMessages(catalogue, ["supervision.team", "supervision"]);
    expect(JSON.stringify(catalogue)).toBe(before);
  });

  it("refuses a namespace the catalogue does not have", () => {
    expect(() => pickClientMessages(catalogue, ["nope"])).toThrow(/nothing under "nope"/);
  });
});
