import { encode } from "next-auth/jwt";

export type BenchRole = "counsellor" | "supervisor" | "admin" | "client";
export type Query = <T>(text: string, params: unknown[]) => Promise<T[]>;

/**
 * A session cookie minted with the server's own secret, exactly as a sign-in would issue it: the
 * benchmark measures pages, not argon2.
 */
export async function sessionCookie(query: Query, secret: string, email: string): Promise<string> {
  const [user] = await query<{ id: string; role: string; name: string; session_version: number }>(
    "select id, role, name, session_version from users where lower(email) = lower($1)",
    [email],
  );
  if (!user) throw new Error(`bench user ${email} not found`);
  const name = "authjs.session-token";
  const token = await encode({
    salt: name,
    secret,
    maxAge: 30 * 60,
    token: {
      sub: user.id,
      name: user.name,
      email,
      uid: user.id,
      role: user.role,
      sv: user.session_version,
      f2: "ok", // stands for a session past its second factor
      authTime: Math.floor(Date.now() / 1000),
    },
  });
  return `${name}=${token}; NEXT_LOCALE=zh-CN`;
}
