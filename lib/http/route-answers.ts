
/** The answer to a request its session may not make: says nothing of what exists. */
export function notFoundResponse(): Response {
  return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
}

/**
 * The answer to a signed-out click on a download the pages link to (the proxy leaves /api to its
 * handlers): the sign-in page, then back to the page the link was on — never to the file itself,
 * which would leave the person looking at the sign-in form. Only a page of this host is returned to.
 */
export function signInRedirect(request: Request): Response {
  const login = new URLSearchParams();
  const referer = request.headers.get("referer");
  if (referer && URL.canParse(referer)) {
    const from = new URL(referer);
    if (from.host === request.headers.get("host") && !from.pathname.startsWith("/api/") && from.pathname !== "/login") {
      login.set("next", from.pathname + from.search);
    }
  }
  // A relative Location: a route handler's request URL names the server's own host (localhost), not
  // the one the browser addressed, whose cookies the sign-in must set.
  const query = login.size ? `?${login}` : "";
  return new Response(null, { status: 307, headers: { Location: `/login${query}`, "Cache-Control": "no-store" } });
}
