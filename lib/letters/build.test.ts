import { describe, expect, it } from "vitest";
import { hardshipReasons } from "@/db/schema/clients";
import { negotiationRequestTypes } from "@/db/schema/negotiations";
import { buildLetter, letterText } from "./build";
import { hasHealthDetails, withoutHealthDetails } from "./health";
import { letterLanguages, type LetterData } from "./types";

function data(overrides: Partial<LetterData> = {}): LetterData {
  return {
    language: "zh-CN",
    date: "2026-11-29",
    agencyName: "Accord",
    counsellorName: "王芳",
    client: { fullName: "张伟", reference: "C-2026-00001", adults: 2, dependants: 1, hardship: ["unemployment", "illness_injury"], hardshipOther: null },
    creditorName: "借呗（蚂蚁集团）",
    debt: { product: "借呗贷款", accountMasked: "•••• 5566", balance: 3_850_000, currency: "CNY" },
    statement: { date: "2026-11-01", income: 600_000, expenditure: 450_000, surplus: 150_000, currency: "CNY" },
    offer: { monthly: 80_000, token: false },
    request: { type: "payment_extension", months: 3, pauseUntil: null, amount: null },
    ...overrides,
  };
}

const LEFTOVER = /[{}]|undefined|null|NaN|\[object/;

describe("hardship letter", () => {
  it("never leaves a placeholder or an empty value in either language, for every request and with data missing", () => {
    for (const language of letterLanguages) {
      for (const type of negotiationRequestTypes) {
        const variants: LetterData[] = [
          data({ language, request: { type, months: 3, pauseUntil: "2027-02-28", amount: 50_000 } }),
          data({
            language,
            statement: null,
            offer: null,
            debt: { product: null, accountMasked: null, balance: 0, currency: "CNY" },
            client: { fullName: "Emily Brown", reference: "C-2026-00002", adults: 1, dependants: 0, hardship: [...hardshipReasons], hardshipOther: "Shop closed" },
            request: { type, months: null, pauseUntil: null, amount: null },
          }),
          data({ language, offer: { monthly: 0, token: false }, client: { ...data().client, hardship: [] } }),
          data({ language, offer: { monthly: 100, token: true }, request: { type, months: 12, pauseUntil: null, amount: null } }),
        ];
        for (const variant of variants) {
          const text = letterText(buildLetter(variant));
          expect(text, `${language} ${type}`).not.toMatch(LEFTOVER);
          expect(text).toContain(variant.client.fullName);
        }
      }
    }
  });

  it("writes the request and the figures in the chosen language", () => {
    const zh = letterText(buildLetter(data()));
    expect(zh).toContain("恳请贵方同意延期还款 3 个月");
    expect(zh).toContain("2026年11月29日");
    expect(zh).toContain("¥38,500.00");
    expect(zh).toContain("失业、患病或受伤");
    const en = letterText(buildLetter(data({ language: "en", creditorName: "Jiebei (Ant Group)" })));
    expect(en).toContain("We ask you to extend the repayment term by 3 months.");
    expect(en).toContain("29 November 2026");
    expect(en).toContain("lost their job and suffered illness or injury");
    expect(en).toContain("CN¥38,500.00");
  });

  it("proposes instalments that add up: without a typed amount the offer is capped at the balance spread over the months", () => {
    const small = { product: null, accountMasked: null, balance: 300_000, currency: "CNY" as const };
    const plan = (months: number | null) => ({ type: "instalment_plan" as const, months, pauseUntil: null, amount: null });
    const en = letterText(buildLetter(data({ language: "en", debt: small, offer: { monthly: 300_000, token: false }, request: plan(12) })));
    expect(en).toContain("We propose a personalised instalment plan of CN¥250.00 a month over 12 months.");
    expect(en).not.toContain("CN¥3,000.00 a month over");
    const zh = letterText(buildLetter(data({ debt: small, offer: { monthly: 300_000, token: false }, request: plan(12) })));
    expect(zh).toContain("分 12 期，每月还款 ¥250.00");
    // Below the cap the offer stands; a typed amount is used as typed.
    expect(letterText(buildLetter(data({ language: "en", debt: small, offer: { monthly: 20_000, token: false }, request: plan(12) })))).toContain("CN¥200.00 a month over 12 months");
    expect(letterText(buildLetter(data({ language: "en", debt: small, request: { ...plan(6), amount: 40_000 } })))).toContain("CN¥400.00 a month over 6 months");
    expect(letterText(buildLetter(data({ language: "en", debt: small, offer: { monthly: 20_000, token: false }, request: plan(null) })))).toContain("instalment plan of CN¥200.00 a month.");
  });

  it("words a token offer as a token payment, never as an instalment plan, in both languages", () => {
    const token = { offer: { monthly: 100, token: true }, request: { type: "instalment_plan" as const, months: 12, pauseUntil: null, amount: null } };
    const en = letterText(buildLetter(data({ language: "en", ...token })));
    expect(en).toContain("Token payment offered\nCN¥1.00");
    expect(en).toContain("As a sign of good faith, they offer a token payment of CN¥1.00 a month");
    expect(en).toContain("We ask you to accept a token payment of CN¥1.00 a month for 12 months");
    expect(en).not.toMatch(/instalment plan of|can afford CN¥1\.00/);
    const zh = letterText(buildLetter(data(token)));
    expect(zh).toContain("象征性还款金额\n¥1.00");
    expect(zh).toContain("恳请贵方接受客户在未来 12 个月内每月象征性还款 ¥1.00");
    expect(zh).not.toContain("每月还款 ¥1.00");
  });

  it("leaves health and the client's own words out without the sensitive-data consent, and keeps the other reasons", () => {
    const client = { ...data().client, hardship: ["unemployment", "illness_injury", "other"] as const, hardshipOther: "Diagnosed with cancer in May" };
    const withConsent = letterText(buildLetter(data({ language: "en", client: { ...client, hardship: [...client.hardship] } })));
    expect(withConsent).toContain("suffered illness or injury");
    expect(withConsent).toContain("In our client's words: Diagnosed with cancer in May");
    for (const language of ["en", "zh-CN"] as const) {
      const text = letterText(buildLetter(data({ language, client: withoutHealthDetails({ ...client, hardship: [...client.hardship] }) })));
      expect(text).not.toMatch(/illness|患病|cancer|In our client's words|客户自述/);
      expect(text).toMatch(language === "en" ? /lost their job and faced other serious difficulties/ : /失业、遭遇其他严重困难/);
    }
    expect(hasHealthDetails({ hardship: [...client.hardship], hardshipOther: null })).toBe(true);
    expect(hasHealthDetails({ hardship: ["unemployment"], hardshipOther: "Shop closed" })).toBe(true);
    expect(hasHealthDetails({ hardship: ["unemployment", "income_drop"], hardshipOther: null })).toBe(false);
  });
});
