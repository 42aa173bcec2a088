import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import zh from "@/lib/i18n/messages/zh-CN.json";
import { clientUpdateSchema, statusChangeSchema } from "./clients";
import { editCreditorSchema } from "./creditors";
import { editDebtSchema } from "./debts";
import { fieldErrors, invalid, MAX_VERSION, type Translate } from "./form";
import { completionSchema, rescheduleSchema } from "./reviews";

const ID = "0b9a3f3e-2c1d-4c55-9d7a-7f1e2d3c4b5a";
const keys: Translate = (key) => key;
const debt = { debtId: ID, creditorId: ID, currency: "CNY", originalPrincipal: "500", currentBalance: "400", rate: "0.05", rateKind: "daily", status: "current" };

type Schema = { safeParse: (input: unknown) => { success: boolean; error?: unknown } };
/** Every edit form that names the version it read, and the message a stale one gets today. */
const FORMS: [name: string, schema: Schema, message: string, form: Record<string, unknown>][] = [
  ["debt", editDebtSchema, "errors.conflict", debt],
  ["creditor", editCreditorSchema, "errors.conflict", { creditorId: ID, nameEn: "Bank", nameZh: "银行", type: "bank" }],
  ["client profile", clientUpdateSchema, "errors.conflict", { clientId: ID }],
  ["client status", statusChangeSchema, "errors.conflict", { clientId: ID, to: "active" }],
  ["review date", rescheduleSchema("2026-11-29"), "reviews.errors.stale", { reviewId: ID, dueOn: "2026-12-10", reason: "Travelling" }],
  ["review completion", completionSchema("2026-11-29"), "reviews.errors.stale", { outcome: "on_track", nextDueOn: "2027-01-10" }],
];

const versionError = (schema: Schema, form: Record<string, unknown>) => {
  const parsed = schema.safeParse(form);
  return parsed.success ? undefined : fieldErrors(parsed.error as Parameters<typeof fieldErrors>[0], keys).version;
};

describe("the hidden version field", () => {
  describe.each(FORMS)("%s", (_name, schema, message, form) => {
    it("takes any version an integer column holds", () => {
      expect(versionError(schema, { ...form, version: "1" })).toBeUndefined();
      expect(versionError(schema, { ...form, version: String(MAX_VERSION) })).toBeUndefined();
    });

    // 2147483648 in `WHERE version = $1` on an integer column was a 22003 error: a 500.
    it.each(["2147483648", "99999999999999999999", "1e400", "0", "-1", "1.5", "x", ""])("reads %j as a stale form", (version) => {
      expect(versionError(schema, { ...form, version })).toBe(message);
    });
  });

  it("makes the conflict the form's message, in the user's language, since the field is hidden", () => {
    const parsed = editDebtSchema.safeParse({ ...debt, version: "2147483648" });
    expect(parsed.success).toBe(false);
    const english = createTranslator({ locale: "en", messages: en }) as unknown as Translate;
    const chinese = createTranslator({ locale: "zh-CN", messages: zh }) as unknown as Translate;
    expect(invalid(parsed.error!, english)).toMatchObject({ ok: false, message: en.errors.conflict });
    expect(invalid(parsed.error!, chinese)).toMatchObject({ ok: false, message: zh.errors.conflict });
    // Other problems keep the usual summary.
    const other = editDebtSchema.safeParse({ ...debt, version: "3", currentBalance: "" });
    expect(invalid(other.error!, english)).toMatchObject({ message: en.validation.fixErrors, fieldErrors: { currentBalance: en.validation.required } });
  });
});
