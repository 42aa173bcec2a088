import { z } from "zod";
import { changeKinds, reviewOutcomes } from "@/db/schema/reviews";
import { isIsoDate } from "@/lib/finance";
import { versionField } from "./form";

/** A review date: a real calendar date, today (agency time) or later, within two years. */
const futureDate = (today: string) =>
  z
    .string("reviews.errors.date")
    .trim()
    .refine(isIsoDate, "reviews.errors.date")
    .refine((v) => v >= today, "reviews.errors.datePast")
    .refine((v) => v <= `${Number(today.slice(0, 4)) + 2}${today.slice(4)}`, "reviews.errors.dateFar");

const reason = z.string("reviews.errors.reason").trim().min(3, "reviews.errors.reason").max(500, "reviews.errors.reasonLong");

export const scheduleSchema = (today: string) => z.strictObject({ dueOn: futureDate(today), reason });
export type ScheduleInput = z.output<ReturnType<typeof scheduleSchema>>;

export const rescheduleSchema = (today: string) =>
  z.strictObject({
    reviewId: z.uuid("reviews.errors.stale"),
    version: versionField("reviews.errors.stale"),
    dueOn: futureDate(today),
    reason,
  });
export type RescheduleInput = z.output<ReturnType<typeof rescheduleSchema>>;

/** The review's own fields on the completion form; the statement part is `statementSchema`. */
export const completionSchema = (today: string) =>
  z.strictObject({
    version: versionField("reviews.errors.stale"),
    outcome: z.enum(reviewOutcomes, "reviews.errors.outcome"),
    reviewNotes: z
      .string()
      .trim()
      .max(4000, "reviews.errors.notesLong")
      .default("")
      .transform((v) => (v === "" ? null : v)),
    // The next review must fall after this one.
    nextDueOn: futureDate(today).refine((v) => v > today, "reviews.errors.nextAfterToday"),
  });
export type CompletionInput = z.output<ReturnType<typeof completionSchema>>;

export const COMPLETION_FIELDS = ["version", "outcome", "reviewNotes", "nextDueOn"] as const;

/** Splits the completion form into the review's fields and the statement's (so each strict schema sees only its own). */
export function splitCompletionForm(input: Record<string, string | string[]>): { review: Record<string, unknown>; statement: Record<string, unknown> } {
  const review: Record<string, unknown> = {};
  const statement: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if ((COMPLETION_FIELDS as readonly string[]).includes(key)) review[key] = value;
    else statement[key] = value;
  }
  return { review, statement };
}

export const changeReportSchema = z.strictObject({
  kind: z.enum(changeKinds, "reviews.errors.changeKind"),
  details: z.string("reviews.errors.details").trim().min(10, "reviews.errors.details").max(2000, "reviews.errors.detailsLong"),
});
export type ChangeReportInput = z.output<typeof changeReportSchema>;
