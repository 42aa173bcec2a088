import { z } from "zod";
import { creditorTypes } from "@/db/schema/creditors";
import { intFrom, multiplierFrom } from "./debts";
import { versionField } from "./form";

// Plain strings, checked in the transform, so one submit reports every problem at once.
const text = (max: number) => z.string().trim().max(max).default("");
const orNull = (v: string) => (v === "" ? null : v);

const creditorShape = {
  nameEn: text(120),
  nameZh: text(120),
  type: z.enum(creditorTypes),
  inAppService: text(200),
  hotline: text(60),
  branch: text(200),
  postalAddress: text(300),
  email: text(320),
  policyNotes: text(2000),
  defaultPenaltyMultiplier: text(20),
  maxInstalmentMonths: text(10),
};

type ShapeOut = z.output<z.ZodObject<typeof creditorShape>>;

function toCreditorInput(v: ShapeOut, ctx: z.core.$RefinementCtx) {
  for (const field of ["nameEn", "nameZh"] as const) {
    if (v[field] === "") ctx.addIssue({ code: "custom", message: "validation.required", path: [field] });
  }
  if (v.email !== "" && !z.email().safeParse(v.email).success) ctx.addIssue({ code: "custom", message: "validation.email", path: ["email"] });
  return {
    nameEn: v.nameEn,
    nameZh: v.nameZh,
    type: v.type,
    inAppService: orNull(v.inAppService),
    hotline: orNull(v.hotline),
    branch: orNull(v.branch),
    postalAddress: orNull(v.postalAddress),
    email: orNull(v.email),
    policyNotes: orNull(v.policyNotes),
    // A blank multiplier means the usual 1.5× surcharge on overdue balances.
    defaultPenaltyMultiplier: multiplierFrom(ctx, ["defaultPenaltyMultiplier"], v.defaultPenaltyMultiplier) ?? 15_000,
    maxInstalmentMonths: intFrom(ctx, ["maxInstalmentMonths"], v.maxInstalmentMonths, 1, 600, "creditors.errors.maxMonths"),
  };
}

export const newCreditorSchema = z.strictObject(creditorShape).transform(toCreditorInput);
export type CreditorInput = z.output<typeof newCreditorSchema>;

export const editCreditorSchema = z
  .strictObject({ ...creditorShape, creditorId: z.uuid(), version: versionField() })
  .transform((v, ctx) => ({ ...toCreditorInput(v, ctx), creditorId: v.creditorId, version: v.version }));
