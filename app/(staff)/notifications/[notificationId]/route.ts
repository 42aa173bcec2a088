import { isStaff } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/dal/errors";
import { openNotification } from "@/lib/dal/notifications";
import { notFoundResponse } from "@/lib/http/route-answers";

// Reads the session and writes the read mark on every request.
export const dynamic = "force-dynamic";

/**
 * A notice's link in the list: marks the notice read, then sends the reader where to act. The proxy
 * sends the signed-out to sign in and back here; anyone's notice but the reader's own is a 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ notificationId: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  if (!user || !isStaff(user.role)) return notFoundResponse();
  const { notificationId } = await params;
  let target: string;
  try {
    target = await openNotification(user, notificationId);
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundResponse();
    throw error;
  }
  // A relative Location: the request URL a route handler sees names the server's own host.
  return new Response(null, { status: 303, headers: { Location: target, "Cache-Control": "no-store" } });
}
