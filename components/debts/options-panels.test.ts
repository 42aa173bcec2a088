import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { markup } from "@/components/ui/testing-markup";
import type { EvidenceReadiness } from "@/lib/dal/evidence";
import type { AffordableOffer } from "@/lib/dal/offers";
import { OptionsEvidence } from "./options-evidence";
import { PriorityNote } from "./priority-note";

const intl = vi.hoisted(() => ({ locale: "en" as "en" | "zh-CN" }));
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const messages = { en: (await import("@/lib/i18n/messages/en.json")).default, "zh-CN": (await import("@/lib/i18n/messages/zh-CN.json")).default };
  return { getTranslations: async (namespace?: string) => createTranslator({ locale: intl.locale, messages: messages[intl.locale], namespace: namespace as never }) };
});

const statement = { id: "s1", version: 1, statementDate: "2026-11-29", currency: "CNY" as const, surplus: 200_000 };
const offer = (priority: AffordableOffer["priority"]): AffordableOffer => ({ statement, priority, distribution: null, otherCurrencyIds: [] });

async function note(priority: AffordableOffer["priority"], locale: "en" | "zh-CN" = "en") {
  intl.locale = locale;
  return markup(renderToStaticMarkup((await PriorityNote({ offer: offer(priority), locale, clientId: "c1" })) ?? ""));
}

describe("the priority-debt note", () => {
  it("says why ¥800 of a ¥2,000 surplus is kept back, and how to fix the statement", async () => {
    const page = await note({ needed: 80_000, budgeted: 0, shortfall: 80_000, available: 120_000 });
    expect(page.one("[role=note]").text).toContain("Priority debts are not fully budgeted for");
    expect(page.text).toContain("The open priority debts need CN¥800.00 a month, but the statement sets aside CN¥0.00 for them");
    expect(page.text).toContain("the missing CN¥800.00 is kept back from the surplus of CN¥2,000.00");
    expect(page.text).toContain("CN¥1,200.00 a month is left for the other creditors.");
    expect(page.one("a").attr("href")).toBe("/clients/c1/budget/new");
  });

  it("says when nothing is left, in Chinese too", async () => {
    const page = await note({ needed: 250_000, budgeted: 0, shortfall: 250_000, available: -50_000 }, "zh-CN");
    expect(page.text).toContain("优先债务的还款未完全列入预算");
    expect(page.text).toContain("未结清的优先债务每月需还 ¥2,500.00");
    expect(page.text).toContain("已没有余额可分配给其余债权人。");
  });

  it("is not shown when the statement covers the priority debts", async () => {
    expect((await note({ needed: 80_000, budgeted: 80_000, shortfall: 0, available: 200_000 })).text).toBe("");
    expect((await note(null)).text).toBe("");
  });
});

const readiness: EvidenceReadiness = {
  requestType: "instalment_plan",
  ready: false,
  items: [
    { kind: "income_proof", state: "accepted", requested: null },
    { kind: "bank_statement", state: "pending", requested: null },
    { kind: "expense_record", state: "missing", requested: { dueDate: "2027-01-15" } },
    { kind: "id_document", state: "missing", requested: null },
  ],
};

async function evidence(value: EvidenceReadiness, locale: "en" | "zh-CN" = "en") {
  intl.locale = locale;
  return markup(renderToStaticMarkup(await OptionsEvidence({ readiness: value, clientId: "c1", locale, keep: { planMonths: "48", lumpSum: "6,000" } })));
}

describe("the evidence for the request being prepared", () => {
  it("lists what is accepted and what is missing, each missing item with a way to act", async () => {
    const page = await evidence(readiness);
    expect(page.text).toContain("1 of the 4 kinds of evidence the checklist names for “Instalment plan” are accepted.");
    const items = page.all("li").map((li) => li.text);
    expect(items[0]).toBe("Proof of incomeAccepted");
    expect(items[1]).toBe("Bank statementWaiting for reviewReview it — Bank statement");
    expect(items[2]).toBe("Expense recordMissingAsked for, due Jan 15, 2027. See the request — Expense record");
    expect(items[3]).toBe("Identity documentMissingAsk the client for it — Identity document");
    const links = Object.fromEntries(page.all("a").map((a) => [a.text, a.attr("href")]));
    expect(links).toEqual({
      "Review it — Bank statement": "/clients/c1/documents#documents-heading",
      "See the request — Expense record": "/clients/c1/documents#requests-heading",
      "Ask the client for it — Identity document": "/clients/c1/documents?kind=id_document#request-title",
    });
  });

  it("lets the counsellor pick another request type without losing the compared figures", async () => {
    const page = await evidence(readiness);
    expect(page.all("option").map((o) => o.text)).toEqual(["Collection pause", "Payment extension", "Instalment plan", "Interest waiver", "Penalty waiver", "Settlement"]);
    expect(page.one("select").attr("name")).toBe("evidenceFor");
    expect(page.one("option[selected]").text).toBe("Instalment plan");
    expect(page.all("input[type=hidden]").map((i) => [i.attr("name"), i.attr("value")])).toEqual([
      ["planMonths", "48"],
      ["lumpSum", "6,000"],
    ]);
  });

  it("says when everything is accepted, and when the checklist names nothing, in both languages", async () => {
    const ready: EvidenceReadiness = { requestType: "settlement", ready: true, items: [{ kind: "income_proof", state: "accepted", requested: null }] };
    expect((await evidence(ready)).text).toContain("Everything the checklist names for “Settlement” is accepted.");
    expect((await evidence(ready, "zh-CN")).text).toContain("协商结清申请通常需要的材料均已通过审核。");
    const none: EvidenceReadiness = { requestType: "penalty_waiver", ready: true, items: [] };
    expect((await evidence(none)).text).toContain("The evidence checklist names nothing for “Penalty waiver”.");
    const zh = await evidence(readiness, "zh-CN");
    expect(zh.all("li").map((li) => li.text)[3]).toBe("身份证件缺少请客户补充 — 身份证件");
  });
});
