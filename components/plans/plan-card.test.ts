import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { markup } from "@/components/ui/testing-markup";
import type { PlanView } from "@/lib/dal/plans";
import { PlanCard } from "./plan-card";

const intl = vi.hoisted(() => ({ locale: "en" as "en" | "zh-CN", today: "2026-10-01" }));
vi.mock("@/lib/dal/debts", () => ({ agencyToday: async () => intl.today }));
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const messages = { en: (await import("@/lib/i18n/messages/en.json")).default, "zh-CN": (await import("@/lib/i18n/messages/zh-CN.json")).default };
  return {
    getTranslations: async (namespace?: string) => createTranslator({ locale: intl.locale, messages: messages[intl.locale], namespace: namespace as never }),
    getFormatter: async () => (await import("next-intl")).createFormatter({ locale: intl.locale, timeZone: "Asia/Shanghai" }),
  };
});

const base = {
  id: "plan-1",
  debtId: "debt-1",
  entryId: null,
  status: "active",
  currency: "CNY",
  startDate: "2026-09-25",
  instalmentAmount: 143_000,
  overrideReason: null,
  creditorNameEn: "ICBC Credit Card",
  creditorNameZh: "工商银行信用卡",
  product: "Credit card",
  balance: 1_430_000,
} as const;

type Payment = PlanView["instalments"][number]["payments"][number];
const instalment = (number: number, dueDate: string, status: "paid" | "due" | "partly_paid", payments: Payment[] = []) => ({
  id: `i${number}`,
  planId: "plan-1",
  number,
  dueDate,
  amountDue: 143_000,
  amountPaid: status === "paid" ? 143_000 : status === "partly_paid" ? 50_000 : 0,
  status,
  updatedAt: new Date(),
  payments,
});

const instalments = { ...base, kind: "instalments", months: 2, totalAmount: 286_000, pauseUntil: null, instalments: [instalment(1, "2026-09-25", "paid"), instalment(2, "2026-10-25", "due")] } as unknown as PlanView;
const pause = { ...base, kind: "pause", months: null, totalAmount: 0, pauseUntil: "2027-01-31", instalments: [] } as unknown as PlanView;

async function render(plan: PlanView, locale: "en" | "zh-CN") {
  intl.locale = locale;
  return markup(renderToStaticMarkup(await PlanCard({ plan, locale })));
}

// What the client reads on /portal/plans: the agreed days as words of their language, never ISO.
describe("a plan card", () => {
  it("writes the start and each due date for an English reader", async () => {
    const card = await render(instalments, "en");
    expect(card.text).toContain("2 instalments from Sep 25, 2026");
    expect(card.all("td").map((c) => c.text)).toEqual(expect.arrayContaining(["Sep 25, 2026", "Oct 25, 2026"]));
    expect(card.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it("writes them the Chinese way for a Chinese reader", async () => {
    const card = await render(instalments, "zh-CN");
    expect(card.text).toContain("自 2026年9月25日 起分 2 期");
    expect(card.all("td").map((c) => c.text)).toEqual(expect.arrayContaining(["2026年9月25日", "2026年10月25日"]));
    expect(card.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it("calls an unpaid instalment past its day overdue, by the agency's today", async () => {
    const status = async (today: string) => {
      intl.today = today;
      return (await render(instalments, "en")).all("td").map((c) => c.text);
    };
    expect(await status("2026-10-25")).toEqual(expect.arrayContaining(["Paid", "Due"]));
    expect(await status("2026-10-26")).toEqual(expect.arrayContaining(["Paid", "Overdue"]));
    expect(await status("2026-10-26")).not.toContain("Due");
    intl.today = "2026-10-01";
  });

  it("calls a partly paid instalment past its day partly paid and overdue, in both languages", async () => {
    const plan = { ...instalments, instalments: [instalment(1, "2026-09-25", "partly_paid"), instalment(2, "2026-10-25", "partly_paid")] } as unknown as PlanView;
    intl.today = "2026-10-01";
    expect((await render(plan, "en")).all("td").map((c) => c.text)).toEqual(expect.arrayContaining(["Partly paid — overdue", "Partly paid"]));
    expect((await render(plan, "zh-CN")).all("td").map((c) => c.text)).toEqual(expect.arrayContaining(["部分还款，已逾期", "部分还款"]));
  });

  it("lists what was recorded, a reversed record struck and marked, without the staff's reason in the portal", async () => {
    const payment = (id: string, amount: number, reversed: boolean): Payment => ({
      id,
      instalmentId: "i1",
      outcome: "partly_paid",
      amount,
      paidOn: "2026-09-26",
      note: null,
      reversedAt: reversed ? new Date("2026-09-28T02:00:00Z") : null,
      reversedByName: null,
      reversalReason: null,
    });
    const plan = { ...instalments, instalments: [instalment(1, "2026-09-25", "partly_paid", [payment("p1", 90_000, true), payment("p2", 50_000, false)]), instalment(2, "2026-10-25", "due")] } as unknown as PlanView;
    const card = await render(plan, "en");
    const rows = card.all("table")[1]!;
    expect(rows.text).toContain("Recorded payments");
    expect(card.all("s").map((s) => s.text)).toEqual(["Partly paid", "CN¥900.00"]);
    expect(rows.text).toContain("Reversed on Sep 28, 2026");
    expect(rows.text).toContain("Recorded");
    expect(rows.text).not.toContain("Reversed by");
    expect((await render(plan, "zh-CN")).text).toContain("已于 2026年9月28日 撤销");
  });

  it("marks a plan ended early, its unpaid instalments from that day no longer due, and says why only to staff", async () => {
    intl.today = "2026-11-10";
    const ended = { ...instalments, status: "ended", endedOn: "2026-10-20", endReason: null, endedByName: null } as unknown as PlanView;
    const card = await render(ended, "en");
    expect(card.text).toContain("Ended early");
    expect(card.text).toContain("Ended on Oct 20, 2026.");
    expect(card.all("td").map((c) => c.text)).toEqual(expect.arrayContaining(["Paid", "No longer due (plan ended)"]));
    expect(card.all("td").map((c) => c.text)).not.toContain("Overdue");
    const corrected = { ...ended, endReason: "corrected entry" } as unknown as PlanView;
    expect((await render(corrected, "zh-CN")).text).toContain("已于 2026年10月20日 终止：据以建立此计划的协商记录已被更正");
    intl.today = "2026-10-01";
  });

  it("writes a pause's start and end", async () => {
    expect((await render(pause, "en")).text).toContain("Collection paused from Sep 25, 2026 until Jan 31, 2027");
    expect((await render(pause, "zh-CN")).text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
