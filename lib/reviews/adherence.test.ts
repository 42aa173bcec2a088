import { describe, expect, it } from "vitest";
import { arrearsIn, planAdherenceSummary, type AdherenceInstalment, type AdherencePlan } from "./adherence";

const row = (dueDate: string, amountDue: number, amountPaid: number, status: AdherenceInstalment["status"]): AdherenceInstalment => ({ dueDate, amountDue, amountPaid, status });
const plan = (id: string, instalments: AdherenceInstalment[], currency = "CNY"): AdherencePlan => ({ id, debtId: `d-${id}`, currency, kind: "instalments", instalments });

describe("plan adherence", () => {
  it("worked example: 5 × ¥1,430 instalments, review on 2026-05-20", () => {
    // Jan paid, Feb paid, Mar part-paid ¥800, Apr recorded missed, May due on the 25th (not yet due).
    const summary = planAdherenceSummary(
      [
        plan("p1", [
          row("2026-01-25", 143_000, 143_000, "paid"),
          row("2026-02-25", 143_000, 143_000, "paid"),
          row("2026-03-25", 143_000, 80_000, "partly_paid"),
          row("2026-04-25", 143_000, 0, "missed"),
          row("2026-05-25", 143_000, 0, "due"),
        ]),
      ],
      "2026-05-20",
    );
    expect(summary).toMatchObject({ paid: 2, partlyPaid: 1, missed: 1, upcoming: 1, onTrack: false });
    // Arrears = ¥630 short in March + ¥1,430 missed in April = ¥2,060.
    expect(summary.arrears).toEqual([{ currency: "CNY", amount: 206_000 }]);
    expect(arrearsIn(summary, "CNY")).toBe(206_000);
  });

  it("counts an unpaid instalment past its due day as missed even before a miss is recorded", () => {
    const summary = planAdherenceSummary([plan("p1", [row("2026-05-19", 50_000, 0, "due"), row("2026-05-20", 50_000, 0, "due")])], "2026-05-20");
    // Due today is not yet late.
    expect(summary).toMatchObject({ missed: 1, upcoming: 1, arrears: [{ currency: "CNY", amount: 50_000 }] });
  });

  it("is on track with everything paid so far, and a part payment not yet due owes no arrears", () => {
    const summary = planAdherenceSummary([plan("p1", [row("2026-04-01", 10_000, 10_000, "paid"), row("2026-06-01", 10_000, 4_000, "partly_paid")])], "2026-05-01");
    expect(summary).toMatchObject({ paid: 1, partlyPaid: 1, missed: 0, arrears: [], onTrack: true });
    expect(arrearsIn(summary, "CNY")).toBe(0);
  });

  it("leaves out what an ended plan no longer asks for: its unpaid instalments from the day it ended", () => {
    const rows = [row("2026-02-25", 143_000, 143_000, "paid"), row("2026-03-25", 143_000, 0, "due"), row("2026-04-25", 143_000, 50_000, "partly_paid"), row("2026-05-25", 143_000, 0, "due")];
    // Ended on 2026-04-01: March was already late then and still counts; April and May are no longer due.
    const summary = planAdherenceSummary([{ ...plan("p1", rows), endedOn: "2026-04-01" }], "2026-06-10");
    expect(summary).toMatchObject({ paid: 1, partlyPaid: 0, missed: 1, upcoming: 0, arrears: [{ currency: "CNY", amount: 143_000 }] });
    expect(planAdherenceSummary([plan("p1", rows)], "2026-06-10")).toMatchObject({ missed: 2, partlyPaid: 1 });
  });

  it("adds up several plans, keeps currencies apart and leaves pauses out", () => {
    const pause: AdherencePlan = { id: "p3", debtId: "d3", currency: "CNY", kind: "pause", instalments: [] };
    const summary = planAdherenceSummary(
      [plan("p1", [row("2026-01-10", 30_000, 0, "missed")]), plan("p2", [row("2026-01-15", 20_000, 5_000, "partly_paid")], "HKD"), plan("p4", [row("2026-02-01", 1_000, 0, "missed")]), pause],
      "2026-03-01",
    );
    expect(summary.plans).toHaveLength(3);
    expect(summary).toMatchObject({ paid: 0, partlyPaid: 1, missed: 2 });
    expect(summary.arrears).toEqual([
      { currency: "CNY", amount: 31_000 },
      { currency: "HKD", amount: 15_000 },
    ]);
    expect(summary.plans.find((p) => p.planId === "p2")).toMatchObject({ arrears: 15_000, debtId: "d-p2" });
  });

  it("is on track with no plans at all", () => {
    expect(planAdherenceSummary([], "2026-01-01")).toMatchObject({ paid: 0, missed: 0, arrears: [], onTrack: true });
  });
});
