"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireArea } from "@/lib/auth/session";
import { cancelDocumentRequest, createDocumentRequest } from "@/lib/dal/document-requests";
import { reviewDocument, withdrawDocument } from "@/lib/dal/documents";
import { ConflictError, NotFoundError } from "@/lib/dal/errors";
import { cancelRequestSchema, newRequestSchema, reviewSchema, withdrawSchema } from "@/lib/validation/documents";
import { formToObject, invalid, type FormState } from "@/lib/validation/form";

// A colleague (or the client) got there first: the record is still this client's, in another state.
const STALE: Record<string, string> = {
  requestClosed: "documents.requests.alreadyClosed",
  documentWithdrawn: "documents.review.alreadyWithdrawn",
  documentLinked: "documents.review.alreadyLinked",
};

/** `name`: the document's, for a message about it. */
async function run(clientId: string, work: () => Promise<FormState>, name = ""): Promise<FormState> {
  try {
    const result = await work();
    revalidatePath(`/clients/${clientId}/documents`);
    return result;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ConflictError && STALE[error.field]) {
      // Nothing changed; the refreshed page shows the record as it now is, the message says why.
      revalidatePath(`/clients/${clientId}/documents`);
      const t = await getTranslations();
      return { ok: false, fieldErrors: {}, message: t(STALE[error.field]!, { name }) };
    }
    throw error;
  }
}

export async function reviewDocumentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireArea("staff");
  const t = await getTranslations();
  const input = formToObject(formData);
  const { name, ...fields } = input;
  const parsed = reviewSchema.safeParse(fields);
  if (!parsed.success) return invalid(parsed.error, t, fields);
  return run(parsed.data.clientId, async () => {
    await reviewDocument(user, parsed.data);
    const key = parsed.data.decision === "accepted" ? "documents.review.accepted" : "documents.review.rejected";
    return { ok: true, message: t(key, { name: String(name ?? "") }) };
  }, String(name ?? ""));
}

export async function withdrawDocumentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireArea("staff");
  const t = await getTranslations();
  const { name, ...fields } = formToObject(formData);
  const parsed = withdrawSchema.safeParse(fields);
  if (!parsed.success) return invalid(parsed.error, t, fields);
  return run(parsed.data.clientId, async () => {
    await withdrawDocument(user, parsed.data);
    return { ok: true, message: t("documents.review.withdrawn", { name: String(name ?? "") }) };
  }, String(name ?? ""));
}

export async function createRequestAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireArea("staff");
  const t = await getTranslations();
  const input = formToObject(formData);
  const parsed = newRequestSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, t, input);
  return run(parsed.data.clientId, async () => {
    await createDocumentRequest(user, parsed.data);
    return { ok: true, message: t("documents.requests.created") };
  });
}

export async function cancelRequestAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireArea("staff");
  const t = await getTranslations();
  const parsed = cancelRequestSchema.safeParse(formToObject(formData));
  if (!parsed.success) notFound();
  return run(parsed.data.clientId, async () => {
    await cancelDocumentRequest(user, parsed.data.clientId, parsed.data.requestId);
    return { ok: true, message: t("documents.requests.cancelled") };
  });
}
