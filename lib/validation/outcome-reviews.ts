import { z } from "zod";
import { outcomeReviewDecisions, outcomeReviewSubjects } from "@/db/schema/outcome-reviews";

const text = (max: number) => z.string().trim().max(max).default("");

/** A sign-off: approve, or send back with a comment the counsellor reads. Extra fields are refused. */
export const signOffSchema = z
  .strictObject({
    subject: z.enum(outcomeReviewSubjects),
    clientId: z.uuid(),
    planId: z
      .string()
      .trim()
      .default("")
      .transform((v) => (v === "" ? null : v))
      .pipe(z.uuid().nullable()),
    decision: z.enum(outcomeReviewDecisions, { message: "supervision.reviews.errors.decision" }),
    comment: text(2000),
  })
  .refine((v) => v.decision === "approved" || v.comment.length > 0, { message: "supervision.reviews.errors.commentRequired", path: ["comment"] })
  .refine((v) => (v.subject === "plan") === (v.planId !== null), { message: "validation.invalid", path: ["planId"] });
export type SignOffInput = z.output<typeof signOffSchema>;

/** The counsellor's answer to a correction: what they changed. */
export const resolveSchema = z.strictObject({
  reviewId: z.uuid(),
  note: z.string().trim().min(1, { message: "supervision.reviews.errors.noteRequired" }).max(2000),
});
export type ResolveInput = z.output<typeof resolveSchema>;
