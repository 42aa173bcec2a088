import { inArray } from "drizzle-orm";
import type { Db } from "./client";
import { DEMO_TOTP_SECRET, DEMO_TWO_FACTOR_EMAILS } from "./demo-two-factor";
import { twoFactors, users } from "./schema";
import { sealSecret } from "@/lib/auth/two-factor-crypto";

type Executor = Pick<Db, "select" | "insert">;

/** Enrols the demo admin and supervisors with the public DEMO-ONLY secret (db/demo-two-factor.ts). */
export async function seedDemoTwoFactor(tx: Executor): Promise<void> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(inArray(users.email, [...DEMO_TWO_FACTOR_EMAILS]));
  if (rows.length === 0) return;
  await tx.insert(twoFactors).values(rows.map((r) => ({ userId: r.id, secretEnc: sealSecret(DEMO_TOTP_SECRET, r.id) })));
}

export const demoTwoFactorNote = [
  `Admin and supervisors also need a code (DEMO-ONLY authenticator secret ${DEMO_TOTP_SECRET}):`,
  "  add that secret to an authenticator app, or run `npm run demo:code -- <e-mail>` for the current code.",
].join("\n");
