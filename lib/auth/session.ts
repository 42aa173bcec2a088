import "server-only";
import { and, eq } from "drizzle-orm";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { recordDeniedAccess } from "@/lib/dal/access-denied";
import { unreadCountOf } from "@/lib/dal/notifications";
import { canEnter, type Area, type SecondFactorState, type SessionUser } from "./permissions";
import { readSessionToken } from "./session-token";

/**
 * The session's user, re-checked against the database on every request: a deactivated account or a
 * bumped session version (password change, role change, sign-out, two-factor reset) ends every token
 * issued before. The second-factor state comes from the signed token and is part of what is checked.
 */
const readSession = cache(async (): Promise<{ user: SessionUser; secondFactor: SecondFactorState; unreadNotifications: number } | null> => {
  const session = await readSessionToken();
  if (!session) return null;
  // The header's unread count rides along: every staff page shows it, and one statement fewer per
  // page is worth an index count on the requests that do not (actions, routes).
  const [row] = await db()
    .select({ id: users.id, role: users.role, name: users.name, email: users.email, locale: users.locale, unread: unreadCountOf(users.id) })
    .from(users)
    .where(and(eq(users.id, session.id), eq(users.active, true), eq(users.sessionVersion, session.sessionVersion)))
    .limit(1);
  if (!row) return null;
  const { unread, ...user } = row;
  return { user, secondFactor: session.secondFactor, unreadNotifications: unread };
});

/** The fully signed-in user; a session still owing its second factor counts as nobody. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await readSession();
  return session?.secondFactor === "ok" ? session.user : null;
});

/** The user of a half-signed-in session (password accepted, second factor owed), for /two-factor only. */
export async function getPendingUser(): Promise<SessionUser | null> {
  const session = await readSession();
  return session?.secondFactor === "pending" ? session.user : null;
}

/** The signed-in user's unread notifications, read with the session check (0 without a full session). */
export async function unreadNotificationCount(): Promise<number> {
  const session = await readSession();
  return session?.secondFactor === "ok" ? session.unreadNotifications : 0;
}

/** Either kind of session: for signing out, which must work half signed in too. */
export async function getAnySessionUser(): Promise<SessionUser | null> {
  return (await readSession())?.user ?? null;
}

export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (user) return user;
  if (await getPendingUser()) redirect("/two-factor");
  redirect("/login");
}

/** A user outside the area gets the same 404 as a missing page: nothing tells them it exists. */
export async function requireArea(area: Area): Promise<SessionUser> {
  const user = await requireUser();
  if (!canEnter(user.role, area)) {
    await recordDeniedAccess(user, { type: "area", id: area });
    notFound();
  }
  return user;
}
