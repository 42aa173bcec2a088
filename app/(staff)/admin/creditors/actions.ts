"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireArea } from "@/lib/auth/session";
import { createCreditor, updateCreditor } from "@/lib/dal/creditors";
import { ConflictError, NotFoundError } from "@/lib/dal/errors";
import { editCreditorSchema, newCreditorSchema } from "@/lib/validation/creditors";
import { formToObject, invalid, typedValues, type FormState } from "@/lib/validation/form";

async function run(input: Record<string, unknown>, work: () => Promise<FormState>): Promise<FormState> {
  try {
    const result = await work();
    revalidatePath("/admin/creditors");
    return result;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ConflictError) {
      const t = await getTranslations();
      const values = typedValues(input);
      if (error.field === "nameEn") return { ok: false, fieldErrors: { nameEn: t("creditors.nameTaken") }, message: t("creditors.nameTaken"), values };
      return { ok: false, fieldErrors: {}, message: t("errors.conflict"), values };
    }
    throw error;
  }
}

export async function createCreditorAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireArea("admin");
  const t = await getTranslations();
  const input = formToObject(formData);
  const parsed = newCreditorSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, t, input);
  return run(input, async () => {
    await createCreditor(user, parsed.data);
    return { ok: true, message: t("creditors.created", { name: parsed.data.nameEn }) };
  });
}

export async function updateCreditorAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireArea("admin");
  const t = await getTranslations();
  const input = formToObject(formData);
  const parsed = editCreditorSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, t, input);
  const { creditorId, version, ...data } = parsed.data;
  return run(input, async () => {
    await updateCreditor(user, creditorId, version, data);
    revalidatePath(`/admin/creditors/${creditorId}`);
    return { ok: true, message: t("creditors.saved", { name: data.nameEn }) };
  });
}
