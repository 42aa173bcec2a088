"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireArea } from "@/lib/auth/session";
import { ConflictError, NotFoundError } from "@/lib/dal/errors";
import { updateAgencySettings } from "@/lib/dal/settings";
import { formToObject, invalid, typedValues, type FormState } from "@/lib/validation/form";
import { editAgencySettingsSchema } from "@/lib/validation/settings";

export async function saveAgencySettingsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireArea("admin");
  const t = await getTranslations();
  const input = formToObject(formData);
  const parsed = editAgencySettingsSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, t, input);
  const { version, ...settings } = parsed.data;
  try {
    await updateAgencySettings(user, version, settings);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    // Changed by a colleague since this form was read: nothing saved, the form keeps what was typed.
    if (error instanceof ConflictError) return { ok: false, fieldErrors: {}, message: t("errors.conflict"), values: typedValues(input) };
    throw error;
  }
  revalidatePath("/", "layout");
  return { ok: true, message: t("settings.saved") };
}
