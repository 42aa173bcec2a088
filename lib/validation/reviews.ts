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

/**
 * Shortest reason and change report, in characters. Counted as typed: one Chinese character is one
 * character, and "回访" (2) or "我上周失业了" (6) say as much as many English words, so the floors are
 * low; the catalogue messages name these numbers (lib/validation/reviews.test.ts checks both).
 */
export const REASON_MIN = 2;
export const DETAILS_MIN = 4;
export const REASON_MAX = 500;

const reason = z.string("reviews.errors.reason").trim().min(REASON_MIN, "reviews.errors.reason").max(REASON_MAX, "reviews.errors.reasonLong");

/**
 * Scheduling by hand adds a review where the page showed none (`expected: "none"`, a hidden field):
 * one scheduled meanwhile (a client's change report, a colleague) is a conflict, never moved silently.
 */
export const scheduleSchema = (today: string) => z.strictObject({ expected: z.literal("none", "reviews.errors.stale"), dueOn: futureDate(today), reason });
export type ScheduleInput = Omit<z.output<ReturnType<typeof scheduleSchema>>, "expected">;

export const rescheduleSchema = (today: string) =>
  z.strictObject({
    reviewId: z.uuid("reviews.errors.stale"),
    version: versionField("reviews.errors.stale"),
    dueOn: futureDate(today),
    reason,
  });
export type RescheduleInput = z.output<ReturnType<typeof rescheduleSchema>>;

/** Cancelling the scheduled review: which one, the version read, and why (required). */
export const cancelReviewSchema = z.strictObject({
  reviewId: z.uuid("reviews.errors.stale"),
  version: versionField("reviews.errors.stale"),
  reason,
});
export type CancelReviewInput = z.output<typeof cancelReviewSchema>;

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
  details: z.string("reviews.errors.details").trim().min(DETAILS_MIN, "reviews.errors.details").max(2000, "reviews.errors.detailsLong"),
});
export type ChangeReportInput = z.output<typeof changeReportSchema>;
