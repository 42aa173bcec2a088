import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { agencySettings } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import type { AgencySettingsInput } from "@/lib/validation/settings";
import { writeAudit } from "./audit";
import { NotFoundError } from "./errors";

export type AgencySettings = { name: string; timeZone: string; currency: string; reviewAfterAgreementDays: number; reviewIntervalDays: number };

const DEFAULTS: AgencySettings = { name: "Accord", timeZone: "Asia/Shanghai", currency: "CNY", reviewAfterAgreementDays: 30, reviewIntervalDays: 90 };
const TTL_MS = 30_000;

// Read on every request for formatting; a short cache keeps it off the hot path while letting
// an admin's change reach every app server within the TTL.
const holder = globalThis as typeof globalThis & { __accordSettings?: { value: AgencySettings; at: number } };

export async function getAgencySettings(): Promise<AgencySettings> {
  const cached = holder.__accordSettings;
  if (cached && Date.now() - cached.at < TTL_MS) return cached.value;
  const [row] = await db()
    .select({
      name: agencySettings.name,
      timeZone: agencySettings.timeZone,
      currency: agencySettings.currency,
      reviewAfterAgreementDays: agencySettings.reviewAfterAgreementDays,
      reviewIntervalDays: agencySettings.reviewIntervalDays,
    })
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

/** Admins only; the change reaches this server at once and the others within the cache TTL. */
export async function updateAgencySettings(user: SessionUser, input: AgencySettingsInput): Promise<void> {
  if (user.role !== "admin") throw new NotFoundError("page");
  await db().transaction(async (tx) => {
    const before = await tx.select().from(agencySettings).where(eq(agencySettings.id, 1)).limit(1);
    await tx
      .insert(agencySettings)
      .values({ id: 1, ...input, updatedAt: new Date() })
      .onConflictDoUpdate({ target: agencySettings.id, set: { ...input, updatedAt: new Date() } });
    await writeAudit(
      {
        actorId: user.id,
        action: "settings.updated",
        entityType: "agency_settings",
        entityId: "1",
        details: {
          before: before[0]
            ? {
                name: before[0].name,
                timeZone: before[0].timeZone,
                currency: before[0].currency,
                reviewAfterAgreementDays: before[0].reviewAfterAgreementDays,
                reviewIntervalDays: before[0].reviewIntervalDays,
              }
            : null,
          after: input,
        },
      },
      tx,
    );
  });
  forgetAgencySettings();
}
