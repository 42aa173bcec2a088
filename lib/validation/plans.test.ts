import { describe, expect, it } from "vitest";
import { REVERSAL_REASON_MAX, paymentReversalSchema, paymentSchema, planSchema, planTermProblems } from "./plans";

const id = "0b9a3f3e-2c1d-4c55-9d7a-7f1e2d3c4b5a";

describe("plan term checks", () => {
  it("flags a term longer than the creditor's maximum", () => {
    expect(planTermProblems(36, { type: "online_platform", maxInstalmentMonths: 36 })).toEqual([]);
    expect(planTermProblems(37, { type: "online_platform", maxInstalmentMonths: 36 })).toEqual([{ code: "creditor_max", months: 37, max: 36 }]);
    expect(planTermProblems(120, { type: "bank", maxInstalmentMonths: null })).toEqual([]);
  });

  it("flags a credit-card personalised instalment plan over 60 months", () => {
    expect(planTermProblems(60, { type: "credit_card", maxInstalmentMonths: null })).toEqual([]);
    expect(planTermProblems(61, { type: "credit_card", maxInstalmentMonths: 72 })).toEqual([{ code: "credit_card", months: 61, max: 60 }]);
  });

  it("needs a reason to override", () => {
    const result = planSchema.safeParse({ debtId: id, currency: "CNY", kind: "instalments", startDate: "2026-12-10", months: "72", override: "on" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["overrideReason", "plans.errors.overrideReason"]]);
  });
});

describe("payment form", () => {
  it("requires an amount for a part payment and none for a miss", () => {
    const base = { instalmentId: id, currency: "CNY", paidOn: "2026-12-10" };
    expect(paymentSchema.safeParse({ ...base, outcome: "partly_paid" }).error?.issues[0]?.message).toBe("plans.errors.partAmount");
    expect(paymentSchema.safeParse({ ...base, outcome: "missed", amount: "10" }).error?.issues[0]?.message).toBe("plans.errors.missedAmount");
    expect(paymentSchema.parse({ ...base, outcome: "paid" }).amount).toBeNull();
    expect(paymentSchema.parse({ ...base, outcome: "partly_paid", amount: "100.5" }).amount).toBe(10050);
  });
});

describe("reversing a payment", () => {
  const reason = (value: unknown) => paymentReversalSchema.safeParse({ paymentId: id, reason: value });
  it("needs a reason of 1 to 500 characters once trimmed, and keeps it trimmed", () => {
    expect(reason("  Bank returned the transfer  ").data).toEqual({ paymentId: id, reason: "Bank returned the transfer" });
    for (const blank of ["", "   ", undefined]) expect(reason(blank).error?.issues[0]?.message).toBe("plans.errors.reversalReason");
    expect(reason("退".repeat(REVERSAL_REASON_MAX)).success).toBe(true);
    expect(reason(` ${"x".repeat(REVERSAL_REASON_MAX)} `).success).toBe(true);
    expect(reason("x".repeat(REVERSAL_REASON_MAX + 1)).error?.issues[0]?.message).toBe("plans.errors.reversalReasonLong");
  });

  it("takes only a payment id and a reason", () => {
    expect(paymentReversalSchema.safeParse({ paymentId: "not-an-id", reason: "wrong" }).success).toBe(false);
    expect(paymentReversalSchema.safeParse({ paymentId: id, reason: "wrong", clientId: id }).success).toBe(false);
  });
});
