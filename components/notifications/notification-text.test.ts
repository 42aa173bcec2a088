import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import zh from "@/lib/i18n/messages/zh-CN.json";
import { notificationText } from "./notification-text";

const translate = (locale: "en" | "zh-CN") => createTranslator({ locale, messages: locale === "en" ? en : zh }) as unknown as (key: string, values?: Record<string, string | number>) => string;

describe("a notification's sentence", () => {
  const params = { client: "张伟", creditor: "借呗", creditorEn: "Jiebei", creditorZh: "借呗", date: "2026-12-09" };

  it("names the creditor in the reader's language, whatever language it was written in", () => {
    expect(notificationText(translate("en"), "next_action_due", params, "en")).toContain("Jiebei");
    expect(notificationText(translate("en"), "next_action_due", params, "en")).not.toContain("借呗");
    expect(notificationText(translate("zh-CN"), "next_action_due", { ...params, creditor: "Jiebei" }, "zh-CN")).toContain("借呗");
  });

  it("keeps the one stored name of an older notice", () => {
    expect(notificationText(translate("en"), "next_action_due", { client: "张伟", creditor: "借呗", date: "2026-12-09" }, "en")).toContain("借呗");
  });
});
