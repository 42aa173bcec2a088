import { describe, expect, it } from "vitest";
import { agencySettingsSchema } from "./settings";
import en from "@/lib/i18n/messages/en.json";
import zh from "@/lib/i18n/messages/zh-CN.json";
import { DETAILS_MIN, REASON_MIN, cancelReviewSchema, changeReportSchema, completionSchema, rescheduleSchema, scheduleSchema, splitCompletionForm } from "./reviews";

const TODAY = "2026-11-29";
// The first message per field, as the form shows it.
const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).toReversed().map((i) => [i.path.join("."), i.message]));

describe("review forms", () => {
  it("needs a reason and a real date from today to two years ahead", () => {
    const none = { expected: "none" };
    expect(scheduleSchema(TODAY).safeParse({ ...none, dueOn: TODAY, reason: "Client asked" }).success).toBe(true);
    expect(messages(scheduleSchema(TODAY).safeParse({ ...none, dueOn: "2026-11-28", reason: "" }))).toEqual({ dueOn: "reviews.errors.datePast", reason: "reviews.errors.reason" });
    expect(messages(scheduleSchema(TODAY).safeParse({ ...none, dueOn: "2026-02-30", reason: "ok ok" }))).toMatchObject({ dueOn: "reviews.errors.date" });
    expect(messages(scheduleSchema(TODAY).safeParse({ ...none, dueOn: "2028-11-30", reason: "ok ok" }))).toMatchObject({ dueOn: "reviews.errors.dateFar" });
    // Extra fields are refused, not trusted.
    expect(scheduleSchema(TODAY).safeParse({ ...none, dueOn: TODAY, reason: "ok ok", clientId: "x" }).success).toBe(false);
  });

  it("schedules by hand only from a form that showed no review", () => {
    // Without it (an old form, a forged post) nothing is scheduled: it reads as a stale form.
    expect(messages(scheduleSchema(TODAY).safeParse({ dueOn: TODAY, reason: "Client asked" }))).toEqual({ expected: "reviews.errors.stale" });
    expect(messages(scheduleSchema(TODAY).safeParse({ expected: "3", dueOn: TODAY, reason: "Client asked" }))).toEqual({ expected: "reviews.errors.stale" });
  });

  it("takes a short Chinese reason: two characters say enough", () => {
    expect(scheduleSchema(TODAY).safeParse({ expected: "none", dueOn: TODAY, reason: "回访" }).data).toEqual({ expected: "none", dueOn: TODAY, reason: "回访" });
    expect(rescheduleSchema(TODAY).safeParse({ reviewId: "7d1c3a52-8f4e-4b2a-9c61-0a1b2c3d4e5f", version: "1", dueOn: TODAY, reason: "出差" }).success).toBe(true);
    // One character, or only spaces, is still too little.
    expect(messages(scheduleSchema(TODAY).safeParse({ expected: "none", dueOn: TODAY, reason: " 忙 " }))).toEqual({ reason: "reviews.errors.reason" });
    expect(messages(scheduleSchema(TODAY).safeParse({ expected: "none", dueOn: TODAY, reason: "     " }))).toEqual({ reason: "reviews.errors.reason" });
  });

  it("cancels only with the review id, the version read and a reason", () => {
    const id = "7d1c3a52-8f4e-4b2a-9c61-0a1b2c3d4e5f";
    expect(cancelReviewSchema.safeParse({ reviewId: id, version: "2", reason: "  客户已搬走  " }).data).toEqual({ reviewId: id, version: 2, reason: "客户已搬走" });
    expect(messages(cancelReviewSchema.safeParse({ reviewId: id, version: "2", reason: "" }))).toEqual({ reason: "reviews.errors.reason" });
    expect(messages(cancelReviewSchema.safeParse({ reviewId: id, version: "2", reason: "x".repeat(501) }))).toEqual({ reason: "reviews.errors.reasonLong" });
    expect(messages(cancelReviewSchema.safeParse({ reviewId: "nope", version: "0", reason: "Moved abroad" }))).toEqual({ reviewId: "reviews.errors.stale", version: "reviews.errors.stale" });
    expect(cancelReviewSchema.safeParse({ reviewId: id, version: "2", reason: "Moved abroad", status: "completed" }).success).toBe(false);
  });

  it("reschedules only with the review id and the version read", () => {
    const id = "7d1c3a52-8f4e-4b2a-9c61-0a1b2c3d4e5f";
    expect(rescheduleSchema(TODAY).safeParse({ reviewId: id, version: "3", dueOn: "2026-12-10", reason: "Travelling" }).data).toEqual({ reviewId: id, version: 3, dueOn: "2026-12-10", reason: "Travelling" });
    expect(messages(rescheduleSchema(TODAY).safeParse({ reviewId: "nope", version: "x", dueOn: "2026-12-10", reason: "Travelling" }))).toMatchObject({ reviewId: "reviews.errors.stale", version: "reviews.errors.stale" });
  });

  it("completes with an outcome and a next review after today; the statement fields go to their own schema", () => {
    const split = splitCompletionForm({ version: "1", outcome: "on_track", reviewNotes: "", nextDueOn: "2027-02-27", statementDate: TODAY, amount: ["1"] });
    expect(split.statement).toEqual({ statementDate: TODAY, amount: ["1"] });
    expect(completionSchema(TODAY).safeParse(split.review).data).toEqual({ version: 1, outcome: "on_track", reviewNotes: null, nextDueOn: "2027-02-27" });
    expect(messages(completionSchema(TODAY).safeParse({ version: "1", outcome: "", nextDueOn: TODAY }))).toEqual({ outcome: "reviews.errors.outcome", nextDueOn: "reviews.errors.nextAfterToday" });
  });

  it("takes a change report with a known kind and some detail", () => {
    expect(changeReportSchema.safeParse({ kind: "lost_job", details: "  Factory closed last week  " }).data).toEqual({ kind: "lost_job", details: "Factory closed last week" });
    expect(messages(changeReportSchema.safeParse({ kind: "won_lottery", details: "abc" }))).toEqual({ kind: "reviews.errors.changeKind", details: "reviews.errors.details" });
  });

  it("takes a short change report in Chinese", () => {
    expect(changeReportSchema.safeParse({ kind: "lost_job", details: "我上周失业了" }).success).toBe(true);
    expect(changeReportSchema.safeParse({ kind: "new_debt", details: "借了网贷" }).success).toBe(true);
    expect(messages(changeReportSchema.safeParse({ kind: "lost_job", details: "失业了" }))).toEqual({ details: "reviews.errors.details" });
  });

  it("says the real minimum in both languages", () => {
    expect(en.reviews.errors.reason).toContain(`at least ${REASON_MIN} characters`);
    expect(zh.reviews.errors.reason).toContain(`至少 ${REASON_MIN} 个字符`);
    expect(en.reviews.errors.details).toContain(`at least ${DETAILS_MIN} characters`);
    expect(zh.reviews.errors.details).toContain(`至少 ${DETAILS_MIN} 个字符`);
  });

  it("keeps the agency's review intervals within sensible bounds", () => {
    const base = { name: "Accord", timeZone: "Asia/Shanghai", currency: "CNY" };
    expect(agencySettingsSchema.safeParse({ ...base, reviewAfterAgreementDays: "30", reviewIntervalDays: "90" }).data).toMatchObject({ reviewAfterAgreementDays: 30, reviewIntervalDays: 90 });
    expect(messages(agencySettingsSchema.safeParse({ ...base, reviewAfterAgreementDays: "0", reviewIntervalDays: "abc" }))).toEqual({
      reviewAfterAgreementDays: "settings.reviewAfterRange",
      reviewIntervalDays: "settings.reviewIntervalRange",
    });
  });
});
