import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import zh from "@/lib/i18n/messages/zh-CN.json";
import { statementSchema } from "./budgets";
import { newDebtSchema, optionsQuerySchema } from "./debts";
import { newRequestSchema } from "./documents";
import { fieldErrors, type Translate } from "./form";
import { negotiationEntrySchema } from "./negotiations";
import { paymentSchema, planSchema } from "./plans";

const ID = "0b9a3f3e-2c1d-4c55-9d7a-7f1e2d3c4b5a";
const english = createTranslator({ locale: "en", messages: en }) as unknown as Translate;
const chinese = createTranslator({ locale: "zh-CN", messages: zh }) as unknown as Translate;
const negotiation = negotiationEntrySchema({ timeZone: "Asia/Shanghai", now: new Date("2026-11-29T06:00:00Z") });
const entry = { debtId: ID, currency: "CNY", contactedAt: "2026-11-29T10:30", channel: "phone", counterpartName: "Ms Liu", requestType: "collection_pause", outcome: "agreed", agreedPauseUntil: "2027-03-01" };
const debt = { creditorId: ID, currency: "CNY", originalPrincipal: "50000", currentBalance: "38500", rate: "0.05", rateKind: "daily", status: "overdue" };

type Schema = { safeParse: (input: unknown) => { success: boolean; error?: unknown } };
/** Every form field that stores a typed calendar date, with a valid form around it. */
const FIELDS: [name: string, schema: Schema, field: string, form: (date: string) => Record<string, unknown>, accepted?: string[]][] = [
  ["budget statement", statementSchema, "statementDate", (d) => ({ statementDate: d, currency: "CNY", notes: "", category: "wages", description: "", amount: "3000", frequency: "monthly" })],
  ["plan start", planSchema, "startDate", (d) => ({ debtId: ID, currency: "CNY", kind: "instalments", startDate: d, months: "12" })],
  ["plan pause", planSchema, "pauseUntil", (d) => ({ debtId: ID, currency: "CNY", kind: "pause", startDate: "1900-01-01", pauseUntil: d })],
  ["payment", paymentSchema, "paidOn", (d) => ({ instalmentId: ID, currency: "CNY", outcome: "paid", paidOn: d })],
  ["requested pause", negotiation, "requestedPauseUntil", (d) => ({ ...entry, requestedPauseUntil: d })],
  ["agreed pause", negotiation, "agreedPauseUntil", (d) => ({ ...entry, agreedPauseUntil: d }), ["2026-11-29", "2100-12-31"]],
  ["next action", negotiation, "nextActionDate", (d) => ({ ...entry, nextActionDate: d })],
  ["document request", newRequestSchema, "dueDate", (d) => ({ clientId: ID, title: "Payslips", kind: "income_proof", dueDate: d })],
  ["overdue since", newDebtSchema, "overdueSince", (d) => ({ ...debt, overdueSince: d })],
];

const errorsOf = (schema: Schema, input: Record<string, unknown>, t: Translate = (key) => key) => {
  const parsed = schema.safeParse(input);
  return parsed.success ? {} : fieldErrors(parsed.error as Parameters<typeof fieldErrors>[0], t);
};

describe("typed dates outside 1900–2100", () => {
  describe.each(FIELDS)("%s", (_name, schema, field, form, accepted = ["1900-01-01", "1965-07-15", "2100-12-31"]) => {
    it.each(accepted)("accepts %s", (date) => {
      expect(errorsOf(schema, form(date))).toEqual({});
    });

    // 0000 is refused by PostgreSQL (a 500); 0025 is a typo that would be saved as year 25.
    it.each(["0000-03-01", "0025-03-01", "1899-12-31", "2101-01-01", "9999-12-31"])("refuses %s on the field, in the user's language", (date) => {
      expect(errorsOf(schema, form(date))).toEqual({ [field]: "validation.dateRange" });
      expect(errorsOf(schema, form(date), english)[field]).toBe("Enter a date between the years 1900 and 2100.");
      expect(errorsOf(schema, form(date), chinese)[field]).toBe("请输入 1900 年至 2100 年之间的日期。");
    });

    it("still calls a non-date a bad date, not a range problem", () => {
      expect(errorsOf(schema, form("2026-02-30"))[field]).not.toBe("validation.dateRange");
      expect(errorsOf(schema, form("2026-02-30"))[field]).toBeDefined();
    });
  });

  it("refuses a contact time in year 1025", () => {
    expect(errorsOf(negotiation, { ...entry, contactedAt: "1025-11-29T10:30" })).toEqual({ contactedAt: "validation.dateRange" });
  });

  it("ignores such a date in the options panel's URL", () => {
    expect(optionsQuerySchema.parse({ pauseUntil: "9999-12-31", clearedOn: "0000-01-01" })).toMatchObject({ pauseUntil: undefined, clearedOn: undefined });
    expect(optionsQuerySchema.parse({ pauseUntil: "2027-06-30" }).pauseUntil).toBe("2027-06-30");
  });
});
