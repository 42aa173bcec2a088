import { describe, expect, it } from "vitest";
import { nextInstalment } from "./next-instalment";

const row = (dueDate: string, amountDue: number, amountPaid: number, status: string) => ({ dueDate, amountDue, amountPaid, status });

describe("nextInstalment", () => {
  it("is nothing without an active plan", () => {
    expect(nextInstalment([])).toBeNull();
    expect(nextInstalment([{ status: "completed", currency: "CNY", instalments: [row("2026-01-01", 100, 0, "due")] }])).toBeNull();
  });

  it("picks the earliest unpaid instalment across active plans and owes only the rest of a part payment", () => {
    const plans = [
      { status: "active", currency: "CNY", instalments: [row("2026-01-10", 50000, 50000, "paid"), row("2026-02-10", 50000, 20000, "partly_paid"), row("2026-03-10", 50000, 0, "due")] },
      { status: "active", currency: "CNY", instalments: [row("2026-02-15", 30000, 0, "due")] },
      { status: "broken", currency: "CNY", instalments: [row("2025-12-01", 10000, 0, "missed")] },
    ];
    expect(nextInstalment(plans)).toEqual({ dueDate: "2026-02-10", amount: 30000, currency: "CNY" });
  });

  it("still shows a missed instalment on an active plan, since it is still owed", () => {
    const plans = [{ status: "active", currency: "CNY", instalments: [row("2026-01-10", 50000, 0, "missed"), row("2026-02-10", 50000, 0, "due")] }];
    expect(nextInstalment(plans)?.dueDate).toBe("2026-01-10");
  });
});
