import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { markup } from "@/components/ui/testing-markup";
import { DebtTotals } from "./debt-totals";

const intl = vi.hoisted(() => ({ locale: "en" as "en" | "zh-CN" }));
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const messages = { en: (await import("@/lib/i18n/messages/en.json")).default, "zh-CN": (await import("@/lib/i18n/messages/zh-CN.json")).default };
  return { getTranslations: async (namespace?: string) => createTranslator({ locale: intl.locale, messages: messages[intl.locale], namespace: namespace as never }) };
});

type Debt = Parameters<typeof DebtTotals>[0]["debts"][number];
const debt = (currentBalance: number, instalment: number, status: Debt["status"], currency: Debt["currency"] = "CNY"): Debt => ({ currentBalance, instalment, status, currency });

async function figures(debts: Debt[], locale: "en" | "zh-CN" = "en") {
  intl.locale = locale;
  const page = markup(renderToStaticMarkup(await DebtTotals({ debts, locale })));
  const terms = page.all("dt").map((d) => d.text);
  const values = page.all("dd").map((d) => d.text);
  return Object.fromEntries(terms.map((term, i) => [term, values[i]]));
}

describe("debt totals", () => {
  it("count only debts still owed, like the contractual payments and every offer", async () => {
    const debts = [debt(1_000_000, 50_000, "overdue"), debt(2_500_000, 120_000, "plan_agreed"), debt(300_000, 30_000, "settled"), debt(800_000, 40_000, "written_off")];
    expect(await figures(debts)).toEqual({
      "Still owed on open debts (CNY)": "CN¥35,000.00",
      "Contractual payments per month (CNY)": "CN¥1,700.00",
      "Settled or written off (CNY)": "CN¥11,000.00 2 debts, not counted above",
    });
  });

  it("say the same in Chinese", async () => {
    const debts = [debt(1_000_000, 50_000, "current"), debt(300_000, 30_000, "settled")];
    expect(await figures(debts, "zh-CN")).toEqual({
      "未结清债务余额合计（CNY）": "¥10,000.00",
      "每月合同应还合计（CNY）": "¥500.00",
      "已结清或已核销（CNY）": "¥3,000.00 共 1 笔，未计入上方合计",
    });
  });

  it("show no closed line when nothing is closed, and keep currencies apart", async () => {
    const result = await figures([debt(1_000_000, 50_000, "current"), debt(20_000, 0, "paused", "HKD")]);
    expect(Object.keys(result)).toEqual([
      "Still owed on open debts (CNY)",
      "Contractual payments per month (CNY)",
      "Still owed on open debts (HKD)",
      "Contractual payments per month (HKD)",
    ]);
    expect(result["Still owed on open debts (HKD)"]).toBe("HK$200.00");
  });
});
