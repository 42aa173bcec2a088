import { redirect } from "next/navigation";
import { getCurrentUser, getPendingUser } from "@/lib/auth/session";
import { homeFor } from "@/lib/auth/permissions";

export default async function Home() {
  const user = await getCurrentUser();
  if (!user && (await getPendingUser())) redirect("/two-factor");
  redirect(user ? homeFor(user.role) : "/login");
}
