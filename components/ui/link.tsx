import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The app's link: next/link with prefetching off unless a link asks for it. Every page here is
 * rendered per request for the signed-in person, so a prefetch is a server render too: with the
 * default, one caseload page made the browser send ~27 prefetch requests (each row, each menu item,
 * twice), about 6 ms of server time each — several times the page's own cost. A click still
 * navigates client-side; it just fetches then. (eslint.config.mjs keeps next/link imports here.)
 */
export default function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
