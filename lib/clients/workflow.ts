import type { ClientStatus } from "@/db/schema/clients";
import type { Role } from "@/db/schema/users";

/**
 * The case workflow. Forward along the case, back one step where real cases go back (talks fail,
 * a plan breaks down), and closure from any open state. Reopening is a separate, senior decision.
 */
const forward: Record<ClientStatus, readonly ClientStatus[]> = {
  intake: ["active", "closed"],
  active: ["negotiating", "closed"],
  negotiating: ["plan_agreed", "active", "closed"],
  plan_agreed: ["monitoring", "negotiating", "closed"],
  monitoring: ["negotiating", "closed"],
  closed: [],
};

const REOPEN_TO: ClientStatus = "active";
const REOPEN_ROLES: readonly Role[] = ["supervisor", "admin"];

/** Where a case in `from` may go next, for this role (staff only; clients never move a case). */
export function nextStatuses(from: ClientStatus, role: Role): ClientStatus[] {
  if (role === "client") return [];
  if (from === "closed") return REOPEN_ROLES.includes(role) ? [REOPEN_TO] : [];
  return [...forward[from]];
}

export function canTransition(from: ClientStatus, to: ClientStatus, role: Role): boolean {
  return nextStatuses(from, role).includes(to);
}

export function isReopening(from: ClientStatus, to: ClientStatus): boolean {
  return from === "closed" && to !== "closed";
}
