import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { agencySettings } from "@/db/schema";

export type AgencySettings = { name: string; timeZone: string; currency: string };

const DEFAULTS: AgencySettings = { name: "Accord", timeZone: "Asia/Shanghai", currency: "CNY" };
const TTL_MS = 30_000;

// Read on every request for formatting; a short cache keeps it off the hot path while letting
// an admin's change reach every app server within the TTL.
const holder = globalThis as typeof globalThis & { __accordSettings?: { value: AgencySettings; at: number } };

export async function getAgencySettings(): Promise<AgencySettings> {
  const cached = holder.__accordSettings;
  if (cached && Date.now() - cached.at < TTL_MS) return cached.value;
  const [row] = await db()
    .select({ name: agencySettings.name, timeZone: agencySettings.timeZone, currency: agencySettings.currency })
    .from(agencySettings)
    .where(eq(agencySettings.id, 1))
    .limit(1);
  const value = row ?? DEFAULTS;
  holder.__accordSettings = { value, at: Date.now() };
  return value;
}

export function forgetAgencySettings(): void {
  holder.__accordSettings = undefined;
}
