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
  return { getTranslations: async (namespace?: string) => createTranslator({ locale: intl.locale, messages: messages[intl.locale], namespace: namespace as never }) };
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

const instalment = (number: number, dueDate: string, status: "paid" | "due") => ({
  id: `i${number}`,
  planId: "plan-1",
  number,
  dueDate,
  amountDue: 143_000,
  amountPaid: status === "paid" ? 143_000 : 0,
  status,
  updatedAt: new Date(),
  payments: [],
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

  it("writes a pause's start and end", async () => {
    expect((await render(pause, "en")).text).toContain("Collection paused from Sep 25, 2026 until Jan 31, 2027");
    expect((await render(pause, "zh-CN")).text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
