import { describe, expect, it } from "vitest";
import { isLocale, localeFromAcceptLanguage } from "./config";

describe("locale negotiation", () => {
  it("maps any Chinese preference to zh-CN", () => {
    expect(localeFromAcceptLanguage("zh-TW,zh;q=0.9,en;q=0.8")).toBe("zh-CN");
    expect(localeFromAcceptLanguage("en-GB,en;q=0.9")).toBe("en");
  });

  it("respects quality values and falls back to English", () => {
    expect(localeFromAcceptLanguage("en;q=0.4,zh-CN;q=0.9")).toBe("zh-CN");
    expect(localeFromAcceptLanguage("fr-FR,de;q=0.5")).toBe("en");
    expect(localeFromAcceptLanguage(null)).toBe("en");
  });

  it("accepts only the shipped locales", () => {
    expect(isLocale("zh-CN")).toBe(true);
    expect(isLocale("zh")).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
