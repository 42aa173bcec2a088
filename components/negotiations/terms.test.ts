import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import zh from "@/lib/i18n/messages/zh-CN.json";
import type { Translate } from "@/lib/validation/form";
import { figuresText } from "./terms";

const none = { months: null, amount: null, interest: null, penalty: null };

describe("a negotiation's figures", () => {
  it("give the pause's end as a day of the reader's language", () => {
    const english = createTranslator({ locale: "en", messages: en, namespace: "negotiations" }) as unknown as Translate;
    const chinese = createTranslator({ locale: "zh-CN", messages: zh, namespace: "negotiations" }) as unknown as Translate;
    expect(figuresText(english, { ...none, pauseUntil: "2026-12-31" }, "CNY", "en")).toBe("paused until Dec 31, 2026");
    expect(figuresText(chinese, { ...none, pauseUntil: "2026-12-31" }, "CNY", "zh-CN")).toContain("2026年12月31日");
  });

  it("count months in good English and Chinese: 1 month, 2 months, 1 个月", () => {
    const english = createTranslator({ locale: "en", messages: en, namespace: "negotiations" }) as unknown as Translate;
    const chinese = createTranslator({ locale: "zh-CN", messages: zh, namespace: "negotiations" }) as unknown as Translate;
    const creditors = createTranslator({ locale: "en", messages: en, namespace: "creditors" });
    expect(figuresText(english, { ...none, pauseUntil: null, months: 1 }, "CNY", "en")).toBe("1 month");
    expect(figuresText(english, { ...none, pauseUntil: null, months: 12 }, "CNY", "en")).toBe("12 months");
    expect(figuresText(chinese, { ...none, pauseUntil: null, months: 1 }, "CNY", "zh-CN")).toBe("1 个月");
    expect([creditors("months", { count: 1 }), creditors("months", { count: 24 })]).toEqual(["1 month", "24 months"]);
  });
});
