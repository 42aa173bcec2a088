import { describe, expect, it } from "vitest";
import { resolveSchema, signOffSchema } from "./outcome-reviews";

const ID = "0b6f5e1c-6a0e-4c3a-9a3e-2f1d8c7b6a59";

describe("sign-off", () => {
  it("approves a plan without a comment", () => {
    expect(signOffSchema.parse({ subject: "plan", clientId: ID, planId: ID, decision: "approved" })).toEqual({ subject: "plan", clientId: ID, planId: ID, decision: "approved", comment: "" });
  });

  it("needs a comment to send something back", () => {
    const result = signOffSchema.safeParse({ subject: "closure", clientId: ID, decision: "needs_correction", comment: "   " });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["comment"], message: "supervision.reviews.errors.commentRequired" });
  });

  it("refuses a plan review without a plan, a closure with one, unknown decisions and extra fields", () => {
    expect(signOffSchema.safeParse({ subject: "plan", clientId: ID, decision: "approved" }).success).toBe(false);
    expect(signOffSchema.safeParse({ subject: "closure", clientId: ID, planId: ID, decision: "approved" }).success).toBe(false);
    expect(signOffSchema.safeParse({ subject: "closure", clientId: ID, decision: "maybe" }).success).toBe(false);
    expect(signOffSchema.safeParse({ subject: "closure", clientId: ID, decision: "approved", reviewerId: ID }).success).toBe(false);
  });

  it("needs a resolution note", () => {
    expect(resolveSchema.safeParse({ reviewId: ID, note: " " }).success).toBe(false);
    expect(resolveSchema.parse({ reviewId: ID, note: " Fixed the start date. " }).note).toBe("Fixed the start date.");
  });
});
