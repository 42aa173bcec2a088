import "server-only";
import { and, eq } from "drizzle-orm";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { auth } from "./index";
import { canEnter, type Area, type SessionUser } from "./permissions";

/**
 * The signed-in user, re-checked against the database on every request: a deactivated account or a
 * bumped session version (password change, role change) ends every token issued before.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const [row] = await db()
    .select({ id: users.id, role: users.role, name: users.name, email: users.email, locale: users.locale })
    .from(users)
    .where(and(eq(users.id, id), eq(users.active, true), eq(users.sessionVersion, session.user.sessionVersion)))
    .limit(1);
  return row ?? null;
});

export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

/** A user outside the area gets the same 404 as a missing page: nothing tells them it exists. */
export async function requireArea(area: Area): Promise<SessionUser> {
  const user = await requireUser();
  if (!canEnter(user.role, area)) notFound();
  return user;
}
