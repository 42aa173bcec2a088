import { z } from "zod";
import { CURRENCY_CODES } from "@/lib/finance/money";

// Time zones an agency in the region is likely to run in; Intl must know each one.
export const TIME_ZONES = ["Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Singapore", "Europe/London", "UTC"] as const;

const days = (min: number, max: number, message: string) => z.coerce.number({ error: message }).int(message).min(min, message).max(max, message);

export const agencySettingsSchema = z.strictObject({
  name: z.string().trim().min(1).max(120),
  timeZone: z.enum(TIME_ZONES),
  currency: z.enum(CURRENCY_CODES as [string, ...string[]]),
  // Follow-up reviews: days from a plan's agreement to the first review, then between reviews.
  reviewAfterAgreementDays: days(1, 365, "settings.reviewAfterRange"),
  reviewIntervalDays: days(7, 730, "settings.reviewIntervalRange"),
});
export type AgencySettingsInput = z.infer<typeof agencySettingsSchema>;

/**
 * The form adds the version it read (the row's last change, in microseconds; "" before the first
 * save). Anything else is no version a row can have: it reads as a stale form, not as a crash.
 */
export const editAgencySettingsSchema = agencySettingsSchema.extend({ version: z.string("errors.conflict").regex(/^\d{0,20}$/, "errors.conflict") });
