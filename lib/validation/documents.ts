import { z } from "zod";
import { documentKinds, evidenceRequestTypes } from "@/db/schema/documents";
import { REJECT_REASON_MAX, WITHDRAW_REASON_MAX } from "@/lib/documents/limits";
import { optionalStorableDate } from "./dates";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === "" ? null : v));

const optionalUuid = z
  .string()
  .trim()
  .transform((v) => (v === "" ? null : v))
  .pipe(z.uuid().nullable());

/** Metadata of one upload, sent in the query string (the body is the raw file). */
export const uploadQuerySchema = z.strictObject({
  clientId: optionalUuid.optional(),
  kind: z.enum(documentKinds),
  requestId: optionalUuid.optional(),
  // Chosen by the browser per file; a retry repeats it so the server makes one document.
  key: z.string().regex(/^[A-Za-z0-9_-]{8,100}$/),
  name: z.string().max(4000).optional(),
  // The consent wording version a portal client ticked beside the upload; the server decides what it is worth.
  consent: z.string().max(40).optional(),
});
export type UploadQuery = z.infer<typeof uploadQuerySchema>;

export const reviewSchema = z
  .strictObject({
    clientId: z.uuid(),
    documentId: z.uuid(),
    decision: z.enum(["accepted", "rejected"]),
    reason: optionalText(REJECT_REASON_MAX).optional(),
    // Accepting a document the client sent without naming a request: the open request it answers
    // ("" for none).
    requestId: z
      .union([z.literal(""), z.uuid()])
      .transform((id) => id || undefined)
      .optional(),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "rejected" && !value.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "documents.errors.reasonRequired" });
    }
    if (value.decision === "rejected" && value.requestId) {
      ctx.addIssue({ code: "custom", path: ["requestId"], message: "documents.errors.answersOnlyAccepted" });
    }
  });
export type ReviewInput = z.infer<typeof reviewSchema>;

export const withdrawSchema = z.strictObject({
  clientId: z.uuid(),
  documentId: z.uuid(),
  reason: z.string().trim().min(1).max(WITHDRAW_REASON_MAX),
});
export type WithdrawInput = z.infer<typeof withdrawSchema>;

export const newRequestSchema = z.strictObject({
  clientId: z.uuid(),
  title: z.string().trim().min(1).max(200),
  kind: z.enum(documentKinds),
  dueDate: optionalStorableDate("validation.invalid"),
  note: optionalText(1000).optional(),
});
export type NewRequestInput = z.infer<typeof newRequestSchema>;

export const cancelRequestSchema = z.strictObject({ clientId: z.uuid(), requestId: z.uuid() });

export const checklistSchema = z.strictObject({
  requestType: z.enum(evidenceRequestTypes),
  kinds: z
    .union([z.enum(documentKinds), z.array(z.enum(documentKinds))])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? [...new Set(v)] : [v])),
});
export type ChecklistInput = z.infer<typeof checklistSchema>;
