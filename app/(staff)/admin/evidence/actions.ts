"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireArea } from "@/lib/auth/session";
import { purgeExpiredDocuments } from "@/lib/dal/document-purge";
import { setEvidenceKinds } from "@/lib/dal/evidence";
import { checklistSchema } from "@/lib/validation/documents";
import { formToObject, invalid, type FormState } from "@/lib/validation/form";

export async function saveChecklistAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireArea("admin");
  const t = await getTranslations();
  const input = formToObject(formData);
  const parsed = checklistSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, t);
  await setEvidenceKinds(user, parsed.data);
  revalidatePath("/admin/evidence");
  return { ok: true, message: t("documents.evidence.saved", { type: t(`documents.evidence.requestTypes.${parsed.data.requestType}`) }) };
}

export async function purgeDocumentsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireArea("admin");
  if ([...formData.keys()].some((k) => !k.startsWith("$ACTION"))) notFound();
  const t = await getTranslations("documents.evidence");
  const { purged, kept } = await purgeExpiredDocuments(user);
  revalidatePath("/admin/evidence");
  const message = t("purged", { count: purged });
  return { ok: true, message: kept ? t("purgedAndKept", { purged: message, kept: t("purgeKept", { count: kept }) }) : message };
}
