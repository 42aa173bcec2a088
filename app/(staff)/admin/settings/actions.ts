"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireArea } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/dal/errors";
import { updateAgencySettings } from "@/lib/dal/settings";
import { formToObject, invalid, type FormState } from "@/lib/validation/form";
import { agencySettingsSchema } from "@/lib/validation/settings";

export async function saveAgencySettingsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireArea("admin");
  const t = await getTranslations();
  const input = formToObject(formData);
  const parsed = agencySettingsSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, t, input);
  try {
    await updateAgencySettings(user, parsed.data);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  revalidatePath("/", "layout");
  return { ok: true, message: t("settings.saved") };
}
