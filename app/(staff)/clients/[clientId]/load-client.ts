import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireArea } from "@/lib/auth/session";
import { getClient } from "@/lib/dal/clients";
import { recordDeniedAccess } from "@/lib/dal/access-denied";
import { NotFoundError } from "@/lib/dal/errors";

/**
 * The signed-in staff member and the client, or a 404 when they may not see it. Cached per request,
 * so the layout and the tab page share one query; each page still calls it (a layout alone does not
 * protect a page's data).
 */
export const loadClient = cache(async (clientId: string) => {
  const user = await requireArea("staff");
  try {
    return { user, client: await getClient(user, clientId) };
  } catch (error) {
    if (error instanceof NotFoundError) {
      await recordDeniedAccess(user, { type: "client", id: clientId });
      notFound();
    }
    throw error;
  }
});
