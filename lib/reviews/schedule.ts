// When the next follow-up review falls. Pure: the DAL reads the settings and the review that
// stands scheduled, asks here, and writes what comes back.
import { addDays, type IsoDate } from "@/lib/finance/dates";
import type { ReviewSource } from "@/db/schema/reviews";

export const DEFAULT_AFTER_AGREEMENT_DAYS = 30;
export const DEFAULT_INTERVAL_DAYS = 90;
/** A reported change of circumstances asks for a review within this many days. */
export const CHANGE_REPORTED_WITHIN_DAYS = 7;

export type ScheduledReview = { id: string; dueOn: IsoDate };

/**
 * What to do with the client's one scheduled review: keep it as it is, move it to a new date, or
 * create one. `reason` says why, for the row and the audit trail.
 */
export type ScheduleDecision =
  | { action: "keep"; reviewId: string; dueOn: IsoDate }
  | { action: "move"; reviewId: string; dueOn: IsoDate; source: ReviewSource }
  | { action: "create"; dueOn: IsoDate; source: ReviewSource };

/** Keeps an existing review when it is already due on or before `proposed`; otherwise brings it forward. */
function earliest(existing: ScheduledReview | null, proposed: IsoDate, source: ReviewSource): ScheduleDecision {
  if (!existing) return { action: "create", dueOn: proposed, source };
  if (existing.dueOn <= proposed) return { action: "keep", reviewId: existing.id, dueOn: existing.dueOn };
  return { action: "move", reviewId: existing.id, dueOn: proposed, source };
}

/** A plan was agreed on `agreedOn`: the review falls `afterDays` later unless an earlier one stands. */
export function afterPlanAgreed(existing: ScheduledReview | null, agreedOn: IsoDate, afterDays = DEFAULT_AFTER_AGREEMENT_DAYS): ScheduleDecision {
  return earliest(existing, addDays(agreedOn, afterDays), "plan_agreed");
}

/** The client reported a change on `today`: propose a review within a week, keeping an earlier one. */
export function afterChangeReported(existing: ScheduledReview | null, today: IsoDate, withinDays = CHANGE_REPORTED_WITHIN_DAYS): ScheduleDecision {
  return earliest(existing, addDays(today, withinDays), "change_reported");
}

/** Default next date after a review completed on `completedOn`; the counsellor may pick another. */
export function nextReviewDefault(completedOn: IsoDate, intervalDays = DEFAULT_INTERVAL_DAYS): IsoDate {
  return addDays(completedOn, intervalDays);
}

/**
 * A date the counsellor picked (rescheduling, adding by hand, or the next review when completing)
 * replaces whatever stands scheduled, earlier or later: it is a decision, not a proposal.
 */
export function chosenDate(existing: ScheduledReview | null, dueOn: IsoDate, source: ReviewSource): ScheduleDecision {
  if (!existing) return { action: "create", dueOn, source };
  if (existing.dueOn === dueOn) return { action: "keep", reviewId: existing.id, dueOn };
  return { action: "move", reviewId: existing.id, dueOn, source };
}

/** Overdue when the due day is before today (both agency calendar dates); due today is not overdue. */
export function isOverdue(dueOn: IsoDate, today: IsoDate): boolean {
  return dueOn < today;
}
