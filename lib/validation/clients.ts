import { z } from "zod";
import {
  closureReasons,
  clientStatuses,
  employmentStatuses,
  hardshipReasons,
  vulnerabilityFlags,
} from "@/db/schema/clients";
import { locales } from "@/db/schema/users";
import { versionField } from "./form";

const trimmed = (max: number) => z.string().trim().max(max);

/** "" (an empty form field) becomes null, so optional columns store NULL, not an empty string. */
const optional = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z
    .string()
    .trim()
    .transform((v) => (v === "" ? null : v))
    .pipe(schema.nullable())
    .optional()
    .transform((v) => v ?? null);

const PHONE_CHARS = /^\+?[0-9 ()\-.]+$/;

/**
 * Mainland Chinese numbers (13800138000, +86 138 0013 8000, 010-8888 6666) and international ones
 * (+44 7700 900123). Separators are free; what counts is the digits: 6 to 15 (E.164's maximum), and a
 * Chinese mobile number has 11 digits starting 13-19.
 */
export function isValidPhone(value: string): boolean {
  if (!PHONE_CHARS.test(value)) return false;
  const digits = value.replace(/\D/g, "");
  if (digits.length < 6 || digits.length > 15) return false;
  const national = value.trim().startsWith("+86") ? digits.slice(2) : value.trim().startsWith("+") ? null : digits;
  if (national !== null && national.startsWith("1")) return /^1[3-9]\d{9}$/.test(national);
  return true;
}

/** Stored as typed apart from collapsed whitespace: people recognise their number as they wrote it. */
export const phoneSchema = z
  .string()
  .trim()
  .max(40)
  .refine(isValidPhone, "clients.errors.phone")
  .transform((v) => v.replace(/\s+/g, " "));

// Unicode local parts and IDN domains (张伟@例子.中国) are real addresses in China.
export const clientEmailSchema = z.string().trim().max(320).pipe(z.email({ pattern: z.regexes.unicodeEmail, message: "validation.email" }));

/** A past date, not more than 120 years ago. `today` is injectable for tests. */
export function isPlausibleBirthDate(value: string, today = new Date()): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) return false;
  const oldest = new Date(Date.UTC(today.getUTCFullYear() - 120, today.getUTCMonth(), today.getUTCDate()));
  return date <= today && date >= oldest;
}

/** Checkbox groups submit nothing, one string or several: always an array of allowed values here. */
const choices = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(values)).max(values.length));

const count = (min: number, max: number) =>
  z.preprocess(
    (v) => (v === undefined || v === "" ? undefined : Number(v)),
    z
      .number({ error: (issue) => (issue.input === undefined ? "validation.required" : "clients.errors.wholeNumber") })
      .int("clients.errors.wholeNumber")
      .min(min, "clients.errors.atLeast")
      .max(max, "clients.errors.atMost"),
  );

const profileShape = {
  fullName: trimmed(120).min(1),
  phone: optional(phoneSchema),
  email: optional(clientEmailSchema),
  dateOfBirth: optional(z.string().refine((v) => isPlausibleBirthDate(v), "clients.errors.dateOfBirth")),
  preferredLanguage: z.enum(locales),
  householdAdults: count(1, 20),
  householdDependants: count(0, 20),
  employmentStatus: z.enum(employmentStatuses),
  hardshipReasons: choices(hardshipReasons),
  hardshipOther: optional(trimmed(500)),
  vulnerabilities: choices(vulnerabilityFlags),
  vulnerabilityOther: optional(trimmed(500)),
  notes: optional(trimmed(5000)),
};

type Profile = Partial<Record<"hardshipReasons" | "vulnerabilities", unknown> & Record<"hardshipOther" | "vulnerabilityOther" | "phone" | "email", unknown>>;

const ticked = (list: unknown, value: string) => Array.isArray(list) && list.includes(value);
// `when: () => true`: these run even when another field failed, so every error shows in one round.
const always = { when: () => true };

// "Other" needs its words, and a client must be reachable one way or another.
function withProfileChecks<T extends z.ZodType<Profile>>(schema: T) {
  return schema
    .refine((v) => !ticked(v.hardshipReasons, "other") || Boolean(v.hardshipOther), { ...always, path: ["hardshipOther"], message: "clients.errors.otherText" })
    .refine((v) => !ticked(v.vulnerabilities, "other") || Boolean(v.vulnerabilityOther), {
      ...always,
      path: ["vulnerabilityOther"],
      message: "clients.errors.otherText",
    })
    .refine((v) => Boolean(v.phone) || Boolean(v.email), { ...always, path: ["phone"], message: "clients.errors.contact" });
}

/** Intake by a counsellor: the client is theirs, so `counsellorId` is refused, as are `status` and `role`. */
export const intakeSchema = withProfileChecks(z.strictObject(profileShape));

/** Intake by a supervisor or admin, who names the counsellor (the DAL checks they may). */
export const intakeForCounsellorSchema = withProfileChecks(z.strictObject({ ...profileShape, counsellorId: z.uuid("clients.errors.counsellor") }));

export type IntakeInput = z.infer<typeof intakeSchema> & { counsellorId?: string };

/** Editing the profile: names the version it read; status and counsellor change elsewhere. */
export const clientUpdateSchema = withProfileChecks(
  // `loaded`: the profile as the form was read (lib/dal/clients.ts profileSnapshot), to tell a colleague's edit from any other change to the case.
  z.strictObject({ ...profileShape, clientId: z.uuid(), version: versionField(), loaded: z.string().max(50_000).optional() }),
);
export type ClientUpdateInput = z.infer<typeof clientUpdateSchema>;

export const statusChangeSchema = z
  .strictObject({
    clientId: z.uuid(),
    version: versionField(),
    to: z.enum(clientStatuses),
    closureReason: optional(z.enum(closureReasons)),
    closureNote: optional(trimmed(1000)),
  })
  .superRefine((v, ctx) => {
    if (v.to !== "closed") return;
    if (!v.closureReason) ctx.addIssue({ code: "custom", path: ["closureReason"], message: "clients.errors.closureReason" });
    else if (v.closureReason === "other" && !v.closureNote)
      ctx.addIssue({ code: "custom", path: ["closureNote"], message: "clients.errors.otherText" });
  });
export type StatusChangeInput = z.infer<typeof statusChangeSchema>;

const idList = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.uuid()).min(1, "clients.errors.selectClients").max(500));

export const assignSchema = z.strictObject({ clientIds: idList, counsellorId: z.uuid("clients.errors.counsellor") });
export type AssignInput = z.infer<typeof assignSchema>;
