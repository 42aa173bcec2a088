import path from "node:path";
import type { ActionCase } from "./action-cases";
import { userOf, type Who } from "./fixtures";
import { form, outcomeOf, session, type Outcome } from "./harness";

const modules = new Map<string, Record<string, unknown>>();

/** Imports each action module once (after the test file's vi.mock calls are in place). */
export async function loadActionModules(keys: string[]): Promise<void> {
  for (const key of keys) {
    const file = key.split("#")[0]!;
    if (!modules.has(file)) modules.set(file, (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, unknown>);
  }
}

export type Prepared = {
  action: (...args: unknown[]) => Promise<unknown>;
  shape: "state" | "form" | "none" | "bound";
  bound: unknown[];
  fields: Record<string, string | string[]>;
};

/** Sets up a fresh target for `who` (outside any fingerprinted window) and returns the call to make. */
export async function prepare(key: string, c: ActionCase, who: Who): Promise<Prepared> {
  const [file, name] = key.split("#") as [string, string];
  const action = modules.get(file)?.[name] as Prepared["action"] | undefined;
  if (typeof action !== "function") throw new Error(`${key} is not an exported function`);
  const call = await c.prepare(who === "anonymous" ? "counsellor" : who);
  return { action, shape: c.shape ?? "state", bound: call.bound ?? [], fields: call.fields };
}

export async function run(p: Prepared, who: Who, fields: Record<string, string | string[]> = p.fields, bound = p.bound): Promise<Outcome> {
  session.user = userOf(who);
  const data = form(fields);
  try {
    return await outcomeOf(() => (p.shape === "none" ? p.action() : p.shape === "bound" ? p.action(...bound) : p.shape === "form" ? p.action(data) : p.action(...bound, null, data)));
  } finally {
    session.user = null;
  }
}

export const describeOutcome = (o: Outcome) => JSON.stringify(o, (_k, v: unknown) => (v instanceof Error ? `${v.name}: ${v.message}\n${v.stack}` : v));
