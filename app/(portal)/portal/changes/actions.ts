"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDay } from "@/lib/i18n/dates";
import { requireArea } from "@/lib/auth/session";
import { reportChange } from "@/lib/dal/change-reports";
import { ConflictError, NotFoundError } from "@/lib/dal/errors";
import { formToObject, invalid, typedValues, type FormState } from "@/lib/validation/form";
import { changeReportSchema } from "@/lib/validation/reviews";

export async function reportChangeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireArea("portal");
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const input = formToObject(formData);
  const parsed = changeReportSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, t, input);
  let dueOn: string | null;
  try {
    dueOn = (await reportChange(user, parsed.data)).reviewDueOn;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    // Nothing was saved: keep what the client wrote so "try again" is one click, not a rewrite.
    if (error instanceof ConflictError) return { ok: false, fieldErrors: {}, message: t("reviews.errors.tryAgain"), values: typedValues(input) };
    throw error;
  }
  revalidatePath("/portal", "layout");
  // A closed case gets no review: the client is told their counsellor knows, and promised no date.
  return { ok: true, message: dueOn ? t("reviews.portal.reported", { date: formatDay(dueOn, locale) }) : t("reviews.portal.reportedClosed") };
}
