import { sql } from "drizzle-orm";
import { db, rowsOf } from "@/db/client";
import { canEnter, type Area, type SessionUser } from "@/lib/auth/permissions";

/**
 * What a server action sees of Next.js, replaced for in-process calls: the signed-in user comes from
 * `session.user`, and redirect()/notFound() throw signals the test can read (as Next's own do).
 */
export const session: { user: SessionUser | null; pending: SessionUser | null } = { user: null, pending: null };

export class RedirectSignal extends Error {
  constructor(readonly url: string) {
    super(`NEXT_REDIRECT ${url}`);
  }
}
export class NotFoundSignal extends Error {
  constructor() {
    super("NEXT_NOT_FOUND");
  }
}

export const navigationMock = {
  redirect: (url: string): never => {
    throw new RedirectSignal(url);
  },
  permanentRedirect: (url: string): never => {
    throw new RedirectSignal(url);
  },
  notFound: (): never => {
    throw new NotFoundSignal();
  },
  forbidden: (): never => {
    throw new NotFoundSignal();
  },
  unauthorized: (): never => {
    throw new RedirectSignal("/login");
  },
};

export const sessionMock = {
  getCurrentUser: async () => session.user,
  /** A half-signed-in session (password right, second factor owed). */
  getPendingUser: async () => session.pending,
  getAnySessionUser: async () => session.user ?? session.pending,
  requireUser: async () => session.user ?? navigationMock.redirect("/login"),
  requireArea: async (area: Area) => {
    const user = session.user ?? navigationMock.redirect("/login");
    if (!canEnter(user.role, area)) navigationMock.notFound();
    return user;
  },
};

function translator(namespace?: string) {
  const t = (key: string, values?: Record<string, unknown>) => `${namespace ? `${namespace}.` : ""}${key}${values ? ` ${JSON.stringify(values)}` : ""}`;
  return Object.assign(t, { has: () => true, rich: t, markup: t, raw: t });
}

export const intlMock = {
  getTranslations: async (arg?: string | { namespace?: string }) => translator(typeof arg === "string" ? arg : arg?.namespace),
  getLocale: async () => "en",
};

const cookieJar = new Map<string, string>();
export const headersMock = {
  cookies: async () => ({
    get: (name: string) => (cookieJar.has(name) ? { name, value: cookieJar.get(name) } : undefined),
    set: (name: string, value: string) => void cookieJar.set(name, value),
    delete: (name: string) => void cookieJar.delete(name),
    has: (name: string) => cookieJar.has(name),
    getAll: () => [...cookieJar].map(([name, value]) => ({ name, value })),
  }),
  headers: async () => new Headers({ host: "accord.test", origin: "http://accord.test" }),
};

/** How a call ended, as a browser would see it. */
export type Outcome =
  | { kind: "ok"; result: unknown }
  | { kind: "refused"; result: unknown }
  | { kind: "void" }
  | { kind: "redirect"; url: string }
  | { kind: "login" }
  | { kind: "notFound" }
  | { kind: "error"; error: unknown };

export async function outcomeOf(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    const result = await call();
    if (result === undefined || result === null) return { kind: "void" };
    if (typeof result === "object" && (result as { ok?: unknown }).ok === true) return { kind: "ok", result };
    return { kind: "refused", result };
  } catch (error) {
    if (error instanceof RedirectSignal) return error.url.startsWith("/login") ? { kind: "login" } : { kind: "redirect", url: error.url };
    if (error instanceof NotFoundSignal) return { kind: "notFound" };
    return { kind: "error", error };
  }
}

export const succeeded = (o: Outcome) => o.kind === "ok" || o.kind === "void" || o.kind === "redirect";
export const refusedOutcome = (o: Outcome) => o.kind === "refused" || o.kind === "login" || o.kind === "notFound";

export function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  return data;
}

// Denied access may be audited and sign-in attempts throttled: those tables are expected to move.
const VOLATILE = new Set(["audit_log", "rate_limits", "__drizzle_migrations"]);

/** Row count and an md5 of every row of every application table: equal fingerprints, unchanged data. */
export async function fingerprint(): Promise<Record<string, string>> {
  const tables = rowsOf<{ name: string }>(
    await db().execute(sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`),
  ).map((r) => r.name);
  const out: Record<string, string> = {};
  for (const name of tables.filter((t) => !VOLATILE.has(t))) {
    const [row] = rowsOf<{ n: number; sum: string | null }>(
      await db().execute(sql.raw(`select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as sum from "${name}" t`)),
    );
    out[name] = `${row?.n}:${row?.sum}`;
  }
  return out;
}
