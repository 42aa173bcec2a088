"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireArea } from "@/lib/auth/session";
import { keepListValues } from "@/lib/clients/form-values";
import { assignClients } from "@/lib/dal/client-assignment";
import { createClient } from "@/lib/dal/clients";
import { NotFoundError } from "@/lib/dal/errors";
import { assignSchema, intakeForCounsellorSchema, intakeSchema } from "@/lib/validation/clients";
import { formToObject, invalid, typedValues, type FormState } from "@/lib/validation/form";

const LIST_FIELDS = ["hardshipReasons", "vulnerabilities"] as const;

export async function createClientAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireArea("staff");
  const t = await getTranslations();
  const input = formToObject(formData);
  // A counsellor's form has no counsellor field, and a counsellorId sent anyway is refused.
  const schema = user.role === "counsellor" ? intakeSchema : intakeForCounsellorSchema;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return keepListValues(invalid(parsed.error, t, input), input, LIST_FIELDS);
  let id: string;
  try {
    ({ id } = await createClient(user, parsed.data));
  } catch (error) {
    if (error instanceof NotFoundError && error.what === "counsellor") {
      // The counsellor left or moved team since the form was opened: keep the intake, refresh the
      // list of counsellors and ask for another.
      revalidatePath("/clients/new");
      const refused = { ok: false as const, fieldErrors: { counsellorId: t("clients.errors.counsellorLeft") }, message: t("validation.fixErrors"), values: typedValues(input) };
      return keepListValues(refused, input, LIST_FIELDS);
    }
    throw error;
  }
  revalidatePath("/clients");
  redirect(`/clients/${id}`);
}

export async function assignClientsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireArea("supervision");
  const t = await getTranslations();
  const parsed = assignSchema.safeParse(formToObject(formData));
  if (!parsed.success) return invalid(parsed.error, t);
  try {
    const { moved } = await assignClients(user, parsed.data);
    revalidatePath("/clients", "layout");
    return { ok: true, message: t("clients.assign.done", { count: moved }) };
  } catch (error) {
    if (error instanceof NotFoundError && error.what === "counsellor") {
      // The clients are the caller's; the counsellor left or moved team since the list was shown.
      // Nothing moved: the list refreshes without them and the selection stays for another choice.
      revalidatePath("/clients", "layout");
      const message = t("clients.errors.counsellorUnavailable");
      return { ok: false, fieldErrors: { counsellorId: message }, message };
    }
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
