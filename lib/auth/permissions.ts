import type { Role } from "@/db/schema/users";

export type SessionUser = {
  id: string;
  role: Role;
  name: string;
  email: string;
  locale: "en" | "zh-CN";
};

/** "pending": the password was right but the second factor is still owed; such a session reaches only /two-factor. */
export type SecondFactorState = "ok" | "pending";

/** Admins and supervisors see every case of many counsellors: they must use a second factor. */
export function requiresSecondFactor(role: Role): boolean {
  return role === "admin" || role === "supervisor";
}

export const STAFF_ROLES = ["admin", "supervisor", "counsellor"] as const satisfies readonly Role[];

export type Area = "staff" | "portal" | "admin" | "supervision";

const areaRoles: Record<Area, readonly Role[]> = {
  staff: STAFF_ROLES,
  supervision: ["admin", "supervisor"],
  admin: ["admin"],
  portal: ["client"],
};

export function canEnter(role: Role, area: Area): boolean {
  return areaRoles[area].includes(role);
}

export function isStaff(role: Role): boolean {
  return canEnter(role, "staff");
}

/** Where a user lands after signing in. */
export function homeFor(role: Role): "/dashboard" | "/portal" {
  return role === "client" ? "/portal" : "/dashboard";
}

/** Which clients a role may see; the DAL turns this into a WHERE clause. */
export type ClientScope =
  | { kind: "all" }
  | { kind: "team"; supervisorId: string }
  | { kind: "own"; counsellorId: string }
  | { kind: "portal"; portalUserId: string };

export function clientScope(user: Pick<SessionUser, "id" | "role">): ClientScope {
  switch (user.role) {
    case "admin":
      return { kind: "all" };
    case "supervisor":
      return { kind: "team", supervisorId: user.id };
    case "counsellor":
      return { kind: "own", counsellorId: user.id };
    case "client":
      return { kind: "portal", portalUserId: user.id };
  }
}
