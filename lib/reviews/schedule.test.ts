import { describe, expect, it } from "vitest";
import { afterChangeReported, afterPlanAgreed, chosenDate, isOverdue, nextReviewDefault } from "./schedule";

const standing = { id: "r1", dueOn: "2026-03-20" };

describe("review scheduling rules", () => {
  it("schedules the first review 30 days after a plan is agreed by default, or the agency's setting", () => {
    expect(afterPlanAgreed(null, "2026-01-10")).toEqual({ action: "create", dueOn: "2026-02-09", source: "plan_agreed" });
    expect(afterPlanAgreed(null, "2026-01-10", 14)).toEqual({ action: "create", dueOn: "2026-01-24", source: "plan_agreed" });
    // Across a month end and a leap day.
    expect(afterPlanAgreed(null, "2028-02-15")).toMatchObject({ dueOn: "2028-03-16" });
  });

  it("keeps an earlier scheduled review when a plan is agreed, and brings a later one forward", () => {
    expect(afterPlanAgreed(standing, "2026-03-01")).toEqual({ action: "keep", reviewId: "r1", dueOn: "2026-03-20" });
    expect(afterPlanAgreed({ id: "r1", dueOn: "2026-03-31" }, "2026-03-01")).toEqual({ action: "keep", reviewId: "r1", dueOn: "2026-03-31" });
    expect(afterPlanAgreed(standing, "2026-02-01")).toEqual({ action: "move", reviewId: "r1", dueOn: "2026-03-03", source: "plan_agreed" });
  });

  it("proposes a review within 7 days of a reported change, keeping an earlier one", () => {
    expect(afterChangeReported(null, "2026-03-10")).toEqual({ action: "create", dueOn: "2026-03-17", source: "change_reported" });
    expect(afterChangeReported(standing, "2026-03-01")).toEqual({ action: "move", reviewId: "r1", dueOn: "2026-03-08", source: "change_reported" });
    expect(afterChangeReported(standing, "2026-03-15")).toEqual({ action: "keep", reviewId: "r1", dueOn: "2026-03-20" });
    // An overdue review stays where it is: it is already earlier than a week from now.
    expect(afterChangeReported(standing, "2026-04-01")).toMatchObject({ action: "keep", dueOn: "2026-03-20" });
  });

  it("defaults the next review to 90 days after completion, or the agency's interval", () => {
    expect(nextReviewDefault("2026-01-31")).toBe("2026-05-01");
    expect(nextReviewDefault("2026-01-31", 60)).toBe("2026-04-01");
  });

  it("takes a date the counsellor chose, earlier or later, and only moves when it differs", () => {
    expect(chosenDate(standing, "2026-05-01", "manual")).toEqual({ action: "move", reviewId: "r1", dueOn: "2026-05-01", source: "manual" });
    expect(chosenDate(standing, "2026-03-01", "manual")).toMatchObject({ action: "move", dueOn: "2026-03-01" });
    expect(chosenDate(standing, "2026-03-20", "manual")).toEqual({ action: "keep", reviewId: "r1", dueOn: "2026-03-20" });
    expect(chosenDate(null, "2026-03-20", "after_review")).toEqual({ action: "create", dueOn: "2026-03-20", source: "after_review" });
  });

  it("calls a review overdue only after its due day", () => {
    expect(isOverdue("2026-03-20", "2026-03-20")).toBe(false);
    expect(isOverdue("2026-03-19", "2026-03-20")).toBe(true);
    expect(isOverdue("2026-03-21", "2026-03-20")).toBe(false);
  });
});
