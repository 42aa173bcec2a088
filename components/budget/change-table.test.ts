import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { markup } from "@/components/ui/testing-markup";
import { budgetChange } from "@/lib/finance/budget";
import { ChangeTable } from "./change-table";
import { VersionHistory } from "./version-history";

const intl = vi.hoisted(() => ({ locale: "en" as "en" | "zh-CN" }));
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const messages = { en: (await import("@/lib/i18n/messages/en.json")).default, "zh-CN": (await import("@/lib/i18n/messages/zh-CN.json")).default };
  return { getTranslations: async (namespace?: string) => createTranslator({ locale: intl.locale, messages: messages[intl.locale], namespace: namespace as never }) };
});

// A surplus of ¥0.01 last time and ¥110,000 now: the case that used to fail every finance page.
const tiny = budgetChange({ income: 10_100_001, expenditure: 10_100_000, surplus: 1 }, { income: 11_100_000, expenditure: 100_000, surplus: 11_000_000 });

async function table(locale: "en" | "zh-CN", change = tiny) {
  intl.locale = locale;
  return markup(renderToStaticMarkup(await ChangeTable({ change, currency: "CNY", locale, previousVersion: 1 })));
}

const row = (page: ReturnType<typeof markup>, index: number) => page.all("tr").slice(1)[index]!;

describe("the change against the previous statement", () => {
  it("shows a change from a tiny figure as '+1000% or more' rather than a meaningless percentage", async () => {
    const page = await table("en");
    const surplus = row(page, 2).text;
    expect(surplus).toContain("CN¥0.01");
    expect(surplus).toContain("+CN¥109,999.99");
    expect(surplus).toContain("+1000% or more");
    // Income and spending changed by ordinary percentages, shown exactly.
    expect(row(page, 0).text).toContain("+9.90%");
    expect(row(page, 1).text).toContain("-99.01%");
  });

  it("says the same in Chinese, and a fall past the limit reads as one", async () => {
    expect(row(await table("zh-CN"), 2).text).toContain("+1000% 及以上");
    const fall = budgetChange({ income: 1, expenditure: 0, surplus: 1 }, { income: 0, expenditure: 500_000, surplus: -500_000 });
    expect(row(await table("en", fall), 2).text).toContain("-1000% or more");
    expect(row(await table("en", fall), 0).text).toContain("-100.00%");
  });

  it("shows the capped change in the version history too", async () => {
    intl.locale = "en";
    const statement = (version: number, surplus: number, change: typeof tiny | null) => ({
      id: `s${version}`,
      version,
      statementDate: "2026-11-29",
      currency: "CNY" as const,
      createdAt: new Date(),
      totals: { income: surplus + 100_000, expenditure: 100_000, surplus },
      change,
    });
    const page = markup(renderToStaticMarkup(await VersionHistory({ statements: [statement(2, 11_000_000, tiny), statement(1, 1, null)], clientId: "c1", locale: "en" })));
    expect(page.text).toContain("+CN¥109,999.99 (+1000% or more)");
  });
});
