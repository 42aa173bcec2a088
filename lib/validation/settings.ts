import { z } from "zod";
import { CURRENCY_CODES } from "@/lib/finance/money";

// Time zones an agency in the region is likely to run in; Intl must know each one.
export const TIME_ZONES = ["Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Singapore", "Europe/London", "UTC"] as const;

export const agencySettingsSchema = z.strictObject({
  name: z.string().trim().min(1).max(120),
  timeZone: z.enum(TIME_ZONES),
  currency: z.enum(CURRENCY_CODES as [string, ...string[]]),
});
export type AgencySettingsInput = z.infer<typeof agencySettingsSchema>;
