import { z } from "zod";
import { locales } from "@/db/schema/users";

export const staffRoles = ["counsellor", "supervisor", "admin"] as const;

const optionalId = z
  .string()
  .trim()
  .transform((v) => (v === "" ? null : v))
  .pipe(z.uuid().nullable());

export const newStaffSchema = z.strictObject({
  name: z.string().trim().min(1).max(120),
  email: z.string().trim().toLowerCase().max(320).pipe(z.email()),
  role: z.enum(staffRoles),
  locale: z.enum(locales).default("zh-CN"),
  supervisorId: optionalId.optional(),
});
export type NewStaffInput = z.infer<typeof newStaffSchema>;

export const staffIdSchema = z.strictObject({ staffId: z.uuid() });

export const assignSupervisorSchema = z.strictObject({ staffId: z.uuid(), supervisorId: optionalId });

export const staffActiveSchema = z.strictObject({
  staffId: z.uuid(),
  active: z.enum(["true", "false"]).transform((v) => v === "true"),
});
