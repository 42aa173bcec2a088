import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { outcomeReviewDecisions } from "@/db/schema/outcome-reviews";
import en from "@/lib/i18n/messages/en.json";
import zh from "@/lib/i18n/messages/zh-CN.json";
import { catalogueEntries, type Catalogue } from "@/lib/testing/catalogues";
import { markup } from "@/components/ui/testing-markup";
import { TimelineList } from "./timeline-list";

const intl = vi.hoisted(() => ({ locale: "en" as "en" | "zh-CN" }));
vi.mock("next-intl/server", async () => {
  const { createTranslator: translator, createFormatter: formatter } = await import("next-intl");
  const messages = { en: (await import("@/lib/i18n/messages/en.json")).default, "zh-CN": (await import("@/lib/i18n/messages/zh-CN.json")).default };
  return {
    getTranslations: async () => translator({ locale: intl.locale, messages: messages[intl.locale] }),
    getFormatter: async () => formatter({ locale: intl.locale, timeZone: "Asia/Shanghai" }),
    getLocale: async () => intl.locale,
  };
});

/**
 * Every audit action written with a clientId lands on that client's timeline. The names are string
 * literals in the data access code (no typed list), so they are read from the source: an `action:`
 * property of an object literal that also carries `clientId`. A template such as
 * `outcome_review.${input.decision}` must be expanded below, or the test asks for it.
 */
const TEMPLATES: Record<string, readonly string[]> = {
  "outcome_review.${input.decision}": outcomeReviewDecisions.map((d) => `outcome_review.${d}`),
};

function enclosingObject(text: string, at: number): string {
  let start = at;
  for (let depth = 0; start > 0; start--) {
    const c = text[start - 1];
    if (c === "}") depth++;
    else if (c === "{" && depth-- === 0) break;
  }
  let end = at;
  for (let depth = 0; end < text.length; end++) {
    const c = text[end];
    if (c === "{") depth++;
    else if (c === "}" && depth-- === 0) break;
  }
  return text.slice(start, end);
}

/** The expression after `action:`, up to the next comma or brace at its own level. */
function expressionAfter(text: string, from: number): string {
  let depth = 0;
  let end = from;
  for (; end < text.length; end++) {
    const c = text[end]!;
    if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) {
      if (depth === 0) break;
      depth--;
    } else if (c === "," && depth === 0) break;
  }
  return text.slice(from, end);
}

function clientAuditActions(): Set<string> {
  const root = path.resolve(import.meta.dirname, "../../lib");
  const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
  const actions = new Set<string>();
  for (const file of files) {
    const text = readFileSync(path.join(root, file), "utf8");
    for (const match of text.matchAll(/\baction:\s*/g)) {
      if (!/\bclientId\b/.test(enclosingObject(text, match.index))) continue;
      const expression = expressionAfter(text, match.index + match[0].length);
      for (const [, name] of expression.matchAll(/"([a-z_]+(?:\.[a-z_]+)+)"/g)) actions.add(name!);
      for (const [, template] of expression.matchAll(/`([^`]*)`/g)) {
        const expanded = TEMPLATES[template!];
        if (!expanded) throw new Error(`${file}: expand the audit action template \`${template}\` in this test`);
        for (const name of expanded) actions.add(name);
      }
    }
  }
  return actions;
}

type Entry = Parameters<typeof TimelineList>[0]["entries"][number];
const entry = (id: number, action: string, details: Record<string, unknown> | null): Entry => ({
  id,
  action,
  at: new Date("2026-05-04T02:30:00Z"),
  actorName: "Wang Min",
  details,
  names: {},
});

async function timeline(entries: Entry[], locale: "en" | "zh-CN") {
  intl.locale = locale;
  return markup(renderToStaticMarkup(await TimelineList({ entries })));
}

describe("the client timeline", () => {
  beforeEach(() => {
    intl.locale = "en";
  });

  it("has a sentence in both languages for every audit action written with a client", () => {
    const actions = clientAuditActions();
    // The scan itself must work: these are written with a clientId today.
    for (const known of ["client.created", "negotiation.logged", "plan.created", "outcome_review.approved", "outcome_review.needs_correction", "outcome_review.resolved"]) {
      expect(actions).toContain(known);
    }
    const english = catalogueEntries(en as Catalogue);
    const chinese = catalogueEntries(zh as Catalogue);
    const key = (action: string) => `timeline.actions.${action.replace(/\./g, "_")}`;
    expect([...actions].filter((a) => !english.has(key(a)))).toEqual([]);
    expect([...actions].filter((a) => !chinese.has(key(a)))).toEqual([]);
  });

  it("words a supervisor's sign-off instead of showing its code", async () => {
    const entries = [
      entry(3, "outcome_review.resolved", { note: "Fixed the start date" }),
      entry(2, "outcome_review.needs_correction", { subject: "closure", planId: null, comment: "Reason missing" }),
      entry(1, "outcome_review.approved", { subject: "plan", planId: "p1", comment: null }),
    ];
    const english = (await timeline(entries, "en")).all("p").filter((p) => !p.has("class")).map((p) => p.text);
    expect(english).toEqual(["Supervisor's correction request answered", "Supervisor sent the case closure back for correction", "Supervisor approved the repayment plan"]);
    const chinese = (await timeline(entries, "zh-CN")).all("p").filter((p) => !p.has("class")).map((p) => p.text);
    expect(chinese).toEqual(["已答复主管的更正意见", "主管退回了结案，要求更正", "主管审核通过了还款计划"]);
  });

  it("shows a moved review's old and new dates and the counsellor's reason, or what moved it", async () => {
    const entries = [
      entry(3, "review.cancelled", { dueOn: "2026-05-12", reason: "客户已搬到外地" }),
      entry(2, "review.rescheduled", { from: "2026-05-20", to: "2026-05-12", source: "change_reported", reason: null }),
      entry(1, "review.rescheduled", { from: "2026-05-04", to: "2026-05-20", source: "manual", reason: "Client travelling" }),
    ];
    // Each entry's lines after the one naming when and who.
    const lines = (html: Awaited<ReturnType<typeof timeline>>) => html.all("p").map((p) => p.text).filter((text) => !text.includes("Wang Min"));
    expect(lines(await timeline(entries, "en"))).toEqual([
      "Follow-up review due May 12, 2026 cancelled",
      "Reason: 客户已搬到外地",
      "Follow-up review moved from May 20, 2026 to May 12, 2026",
      "Brought forward: the client reported a change",
      "Follow-up review moved from May 4, 2026 to May 20, 2026",
      "Reason: Client travelling",
    ]);
    expect(lines(await timeline(entries.slice(2), "zh-CN"))).toEqual(["跟进回访从 2026年5月4日 改到 2026年5月20日", "原因：Client travelling"]);
  });

  it("still shows an unknown code by name", async () => {
    expect((await timeline([entry(1, "something.new", null)], "en")).text).toContain("Recorded: something.new");
  });
});
