import { describe, expect, it } from "vitest";
import { hardshipReasons } from "@/db/schema/clients";
import { negotiationRequestTypes } from "@/db/schema/negotiations";
import { buildLetter, letterText } from "./build";
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
    offer: 80_000,
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
          data({ language, offer: 0, client: { ...data().client, hardship: [] } }),
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
});
