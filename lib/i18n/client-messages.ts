import { rememberPer } from "@/lib/memo";

/**
 * What the browser gets of the message catalogues. Server components translate on the server and ship
 * only text; client components read messages from NextIntlClientProvider, which would otherwise
 * serialise the whole catalogue (64 KB) into every page — a third of the cost of a simple page. The
 * root layout provides these base namespaces; a page whose client components read more wraps its
 * content in `withClientMessages([...], Page)` (components/i18n/client-messages.tsx).
 * lib/i18n/client-messages.test.ts checks every page against the client components it renders.
 */
export const BASE_CLIENT_NAMESPACES = ["common", "errors", "ui", "dataTable", "clientStatus", "roles", "locale"] as const;

type Messages = { [key: string]: unknown };

const picked = new WeakMap<Messages, Map<string, Messages>>();

/** The base namespaces plus `extra` ("budget", or a part such as "supervision.team"), built once per catalogue. */
export function pickClientMessages(messages: Messages, extra: readonly string[] = []): Messages {
  return rememberPer(picked, messages, [...extra].sort().join(","), () => pick(messages, extra));
}

function pick(messages: Messages, extra: readonly string[]): Messages {
  const out: Messages = {};
  // Whole namespaces first, so a part of one already given whole is skipped rather than written into it.
  const paths = [...BASE_CLIENT_NAMESPACES, ...extra].sort((a, b) => a.split(".").length - b.split(".").length);
  for (const path of paths) {
    const parts = path.split(".");
    let source: unknown = messages;
    let target = out;
    for (const [i, part] of parts.entries()) {
      source = (source as Messages | undefined)?.[part];
      if (source === undefined) throw new Error(`The message catalogue has nothing under "${path}"`);
      if (target[part] === source) break; // already there whole
      if (i === parts.length - 1) target[part] = source;
      else target = (target[part] ??= {}) as Messages;
    }
  }
  return out;
}
