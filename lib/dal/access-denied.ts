import "server-only";
import { headers } from "next/headers";
import type { SessionUser } from "@/lib/auth/permissions";
import { writeAudit } from "./audit";

const WINDOW_MS = 60_000;
const PER_ACTOR_PER_WINDOW = 20;

type Seen = { targets: Map<string, number>; actors: Map<string, { start: number; count: number }> };
const holder = globalThis as typeof globalThis & { __accordDenied?: Seen };

function seen(): Seen {
  holder.__accordDenied ??= { targets: new Map(), actors: new Map() };
  return holder.__accordDenied;
}

/** At most one row per actor and target a minute, and twenty per actor: a flood cannot fill the log. */
export function shouldRecordDenial(actorId: string, target: string, now = Date.now()): boolean {
  const { targets, actors } = seen();
  if (targets.size > 10_000) targets.clear();
  if (actors.size > 10_000) actors.clear();
  const key = `${actorId}|${target}`;
  const last = targets.get(key);
  if (last !== undefined && now - last < WINDOW_MS) return false;
  const actor = actors.get(actorId);
  if (actor && now - actor.start < WINDOW_MS) {
    if (actor.count >= PER_ACTOR_PER_WINDOW) return false;
    actor.count++;
  } else {
    actors.set(actorId, { start: now, count: 1 });
  }
  targets.set(key, now);
  return true;
}

async function requestPath(): Promise<string | null> {
  try {
    return (await headers()).get("x-accord-path");
  } catch {
    return null; // outside a request
  }
}

/**
 * An authenticated user was refused a row or an area (answered 404). Written outside any transaction
 * (the refused work rolls back; this row must not). Never throws: auditing a refusal must not turn
 * the 404 into a 500.
 */
export async function recordDeniedAccess(
  user: Pick<SessionUser, "id" | "role">,
  target: { type: string; id: string },
  path?: string,
): Promise<void> {
  if (!shouldRecordDenial(user.id, `${target.type}:${target.id}`)) return;
  try {
    await writeAudit({
      actorId: user.id,
      action: "access.denied",
      entityType: target.type,
      entityId: String(target.id).slice(0, 200),
      details: { role: user.role, path: (path ?? (await requestPath()))?.slice(0, 500) ?? null },
    });
  } catch (error) {
    console.error(`[audit] could not record a denied access: ${error instanceof Error ? error.message : String(error)}`);
  }
}
