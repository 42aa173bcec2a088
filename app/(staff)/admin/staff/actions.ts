"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireArea } from "@/lib/auth/session";
import { ConflictError, NotFoundError } from "@/lib/dal/errors";
import { assignSupervisor, createStaff, resetStaffPassword, setStaffActive } from "@/lib/dal/staff";
import { resetTwoFactor } from "@/lib/dal/two-factor";
import { assignSupervisorSchema, newStaffSchema, staffActiveSchema, staffIdSchema } from "@/lib/validation/staff";
import { formToObject, invalid, typedValues, type FormState } from "@/lib/validation/form";

type Done = FormState<{ password?: string }>;

/** What each refusal says (by ConflictError field); "email" and anything else: the address is taken. */
const CONFLICTS: Record<string, string> = { self: "cannotChangeSelf", selfPassword: "cannotResetOwnPassword", lastAdmin: "lastAdmin" };

/** `values`: what the form sent, so a refused form is shown again as the user left it. */
async function run(work: () => Promise<Done>, values?: Record<string, string>): Promise<Done> {
  try {
    const result = await work();
    revalidatePath("/admin/staff");
    return result;
  } catch (error) {
    if (error instanceof NotFoundError && error.what === "supervisor") {
      // Deactivated since the form listed them: the list refreshes, the rest of the form is kept.
      revalidatePath("/admin/staff");
      const t = await getTranslations("admin");
      return { ok: false, fieldErrors: { supervisorId: t("supervisorUnavailable") }, message: t("supervisorUnavailable"), values };
    }
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ConflictError) {
      const t = await getTranslations("admin");
      const key = CONFLICTS[error.field] ?? "emailTaken";
      return { ok: false, fieldErrors: error.field === "email" ? { email: t(key) } : {}, message: t(key), values };
    }
    throw error;
  }
}

export async function createStaffAction(_prev: Done, formData: FormData): Promise<Done> {
  const user = await requireArea("admin");
  const t = await getTranslations();
  const input = formToObject(formData);
  const parsed = newStaffSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, t, input);
  return run(async () => {
    const { password } = await createStaff(user, parsed.data);
    return { ok: true, message: t("admin.resetDone", { name: parsed.data.name, password }), data: { password } };
  }, typedValues(input));
}

export async function setStaffActiveAction(_prev: Done, formData: FormData): Promise<Done> {
  const user = await requireArea("admin");
  const t = await getTranslations("admin");
  const input = formToObject(formData);
  const parsed = staffActiveSchema.safeParse(input);
  if (!parsed.success) notFound();
  return run(async () => {
    const { name } = await setStaffActive(user, parsed.data.staffId, parsed.data.active);
    return { ok: true, message: t(parsed.data.active ? "reactivated" : "deactivated", { name }) };
  });
}

export async function resetStaffPasswordAction(_prev: Done, formData: FormData): Promise<Done> {
  const user = await requireArea("admin");
  const t = await getTranslations("admin");
  const parsed = staffIdSchema.safeParse(formToObject(formData));
  if (!parsed.success) notFound();
  return run(async () => {
    const { name, password } = await resetStaffPassword(user, parsed.data.staffId);
    return { ok: true, message: t("resetDone", { name, password }), data: { password } };
  });
}

/** Clears a staff member's authenticator (a lost phone): they enrol again at their next sign-in. */
export async function resetTwoFactorAction(_prev: Done, formData: FormData): Promise<Done> {
  const user = await requireArea("admin");
  const t = await getTranslations("twoFactor");
  const parsed = staffIdSchema.safeParse(formToObject(formData));
  if (!parsed.success) notFound();
  return run(async () => {
    const { name } = await resetTwoFactor(user, parsed.data.staffId);
    return { ok: true, message: t("resetDone", { name }) };
  });
}

export async function assignSupervisorAction(_prev: Done, formData: FormData): Promise<Done> {
  const user = await requireArea("admin");
  const t = await getTranslations("admin");
  const parsed = assignSupervisorSchema.safeParse(formToObject(formData));
  if (!parsed.success) notFound();
  return run(async () => {
    const { name } = await assignSupervisor(user, parsed.data.staffId, parsed.data.supervisorId);
    return { ok: true, message: t("assigned", { name }) };
  });
}
