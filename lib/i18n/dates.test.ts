import { describe, expect, it } from "vitest";
import { instantToAgencyDate } from "@/lib/validation/agency-time";
import { formatDay } from "./dates";
import { compareText, dateFormat, numberFormat } from "./formats";

describe("shared date formats", () => {
  it("reuses one formatter per locale and options", () => {
    expect(dateFormat("en", { dateStyle: "medium" })).toBe(dateFormat("en", { dateStyle: "medium" }));
    expect(dateFormat("en", { dateStyle: "medium" })).not.toBe(dateFormat("zh-CN", { dateStyle: "medium" }));
    expect(numberFormat("en", { maximumFractionDigits: 1 })).toBe(numberFormat("en", { maximumFractionDigits: 1 }));
    expect(numberFormat("en", { maximumFractionDigits: 1 })).not.toBe(numberFormat("en", { maximumFractionDigits: 2 }));
    expect(numberFormat("zh-CN", { maximumFractionDigits: 1 }).format(1234.56)).toBe("1,234.6");
  });

  it("gives the agency's calendar day, which may differ from UTC's", () => {
    const lateUtc = new Date("2026-11-29T20:30:00Z");
    expect(instantToAgencyDate(lateUtc, "UTC")).toBe("2026-11-29");
    expect(instantToAgencyDate(lateUtc, "Asia/Shanghai")).toBe("2026-11-30");
  });

  it("writes a calendar date for the reader without moving it a day", () => {
    expect(formatDay("2026-12-03", "en")).toBe("Dec 3, 2026");
    expect(formatDay("2026-12-03", "zh-CN")).toBe("2026年12月3日");
  });

  it("compares text exactly as localeCompare does, through a shared collator", () => {
    const names = ["王伟", "Ryan Lee", "李娜", "emily brown", "Émile", "张敏", "陈静", "Zoe", "王芳"];
    const pairs = names.flatMap((a) => names.map((b) => [a, b] as const));
    for (const [a, b] of pairs) expect(Math.sign(compareText(a, b))).toBe(Math.sign(a.localeCompare(b)));
    for (const [a, b] of pairs) expect(Math.sign(compareText(a, b, "zh-CN"))).toBe(Math.sign(a.localeCompare(b, "zh-CN")));
  });
});
