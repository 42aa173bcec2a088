import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { agencySettings } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import type { AgencySettingsInput } from "@/lib/validation/settings";
import { writeAudit } from "./audit";
import { ConflictError, NotFoundError } from "./errors";

export type AgencySettings = { name: string; timeZone: string; currency: string; reviewAfterAgreementDays: number; reviewIntervalDays: number };

const DEFAULTS: AgencySettings = { name: "Accord", timeZone: "Asia/Shanghai", currency: "CNY", reviewAfterAgreementDays: 30, reviewIntervalDays: 90 };
const TTL_MS = 30_000;

const columns = {
  name: agencySettings.name,
  timeZone: agencySettings.timeZone,
  currency: agencySettings.currency,
  reviewAfterAgreementDays: agencySettings.reviewAfterAgreementDays,
  reviewIntervalDays: agencySettings.reviewIntervalDays,
};

// Read on every request for formatting; a short cache keeps it off the hot path while letting
// an admin's change reach every app server within the TTL.
const holder = globalThis as typeof globalThis & { __accordSettings?: { value: AgencySettings; at: number } };

export async function getAgencySettings(): Promise<AgencySettings> {
  const cached = holder.__accordSettings;
  if (cached && Date.now() - cached.at < TTL_MS) return cached.value;
  const [row] = await db().select(columns).from(agencySettings).where(eq(agencySettings.id, 1)).limit(1);
  const value = row ?? DEFAULTS;
  holder.__accordSettings = { value, at: Date.now() };
  return value;
}

export function forgetAgencySettings(): void {
  holder.__accordSettings = undefined;
}

// The row's last change, to the microsecond, as the edit form's version: a save refused unless it
// still matches, so an admin whose form is older cannot put back what a colleague changed meanwhile.
// Text, so no precision is lost in JavaScript; "" while the row does not exist yet.
const versionToken = sql<string>`(extract(epoch from ${agencySettings.updatedAt}) * 1000000)::bigint::text`;

/** For the settings form: read fresh (not through the cache), with the version it sends back. Admins only. */
export async function getAgencySettingsForEdit(user: SessionUser): Promise<AgencySettings & { version: string }> {
  if (user.role !== "admin") throw new NotFoundError("page");
  const [row] = await db().select({ ...columns, version: versionToken }).from(agencySettings).where(eq(agencySettings.id, 1)).limit(1);
  return row ?? { ...DEFAULTS, version: "" };
}

/**
 * Admins only; saves only if nobody changed the settings since `version` was read, otherwise
 * ConflictError("version") and nothing is written. The change reaches this server at once and the
 * others within the cache TTL.
 */
export async function updateAgencySettings(user: SessionUser, version: string, input: AgencySettingsInput): Promise<void> {
  if (user.role !== "admin") throw new NotFoundError("page");
  await db().transaction(async (tx) => {
    // Locked, so a colleague's save cannot land between this check and the write.
    const [before] = await tx.select({ ...columns, version: versionToken }).from(agencySettings).where(eq(agencySettings.id, 1)).for("update");
    if ((before?.version ?? "") !== version) throw new ConflictError("version");
    if (before) {
      // Never the same stamp twice, even for two saves within one clock tick.
      const updatedAt = sql`greatest(clock_timestamp(), ${agencySettings.updatedAt} + interval '1 microsecond')`;
      await tx.update(agencySettings).set({ ...input, updatedAt }).where(eq(agencySettings.id, 1));
    } else {
      const [created] = await tx.insert(agencySettings).values({ id: 1, ...input }).onConflictDoNothing().returning({ id: agencySettings.id });
      if (!created) throw new ConflictError("version"); // created by a colleague since the form was read
    }
    const previous = before ? (({ version: _read, ...rest }) => rest)(before) : null;
    await writeAudit(
      {
        actorId: user.id,
        action: "settings.updated",
        entityType: "agency_settings",
        entityId: "1",
        details: { before: previous, after: input },
      },
      tx,
    );
  });
  forgetAgencySettings();
}
