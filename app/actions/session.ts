"use server";

import { signOut } from "@/lib/auth";
import { getAnySessionUser } from "@/lib/auth/session";
import { endAllMySessions } from "@/lib/dal/users";

/**
 * Signing out also bumps the session version: a copy of the old cookie is worthless afterwards
 * (the cost is that the user's other devices are signed out too).
 */
export async function signOutAction(): Promise<void> {
  const user = await getAnySessionUser();
  if (user) await endAllMySessions(user);
  await signOut({ redirectTo: "/login" });
}
