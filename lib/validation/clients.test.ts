import { describe, expect, it } from "vitest";
import { assignSchema, clientUpdateSchema, intakeForCounsellorSchema, intakeSchema, isPlausibleBirthDate, isValidPhone, statusChangeSchema } from "./clients";
import { fieldErrors } from "./form";

const valid = {
  fullName: "  张伟 ",
  phone: "+86 138 0013 8000",
  email: "",
  dateOfBirth: "1985-03-14",
  preferredLanguage: "zh-CN",
  householdAdults: "2",
  householdDependants: "1",
  employmentStatus: "unemployed",
  hardshipReasons: ["unemployment", "illness_injury"],
  hardshipOther: "",
  vulnerabilities: "health",
  vulnerabilityOther: "",
  notes: "",
};
const t = (key: string) => key;

describe("phone numbers", () => {
  it.each(["+86 138 0013 8000", "13800138000", "138-0013-8000", "+44 7700 900123", "+852 9123 4567", "010-8888 6666", "(020) 7946 0958", "+1 (415) 555-0100"])(
    "accepts %s",
    (phone) => expect(isValidPhone(phone)).toBe(true),
  );
  it.each(["12800138000", "1380013800", "+86 128 0013 8000", "12345", "phone", "+44 7700 900123 ext 5", "1234567890123456"])("refuses %s", (phone) =>
    expect(isValidPhone(phone)).toBe(false),
  );
});

describe("intake", () => {
  it("trims, coerces counts, turns a single checkbox into a list and blanks into null", () => {
    const parsed = intakeSchema.parse(valid);
    expect(parsed).toMatchObject({
      fullName: "张伟",
      email: null,
      householdAdults: 2,
      hardshipReasons: ["unemployment", "illness_injury"],
      vulnerabilities: ["health"],
      notes: null,
    });
  });

  it("accepts Chinese and international e-mail addresses", () => {
    for (const email of ["zhang.wei@163.com", "wang_fang+debt@qq.com", "张伟@例子.中国", "emily@example.co.uk"]) {
      expect(intakeSchema.safeParse({ ...valid, email }).success).toBe(true);
    }
    const bad = intakeSchema.safeParse({ ...valid, email: "zhang.wei@" });
    expect(bad.success).toBe(false);
    expect(fieldErrors(bad.error!, t).email).toBe("validation.email");
  });

  it("puts each error beside its field", () => {
    const bad = intakeSchema.safeParse({
      ...valid,
      fullName: " ",
      phone: "12345",
      householdAdults: "0",
      householdDependants: "two",
      hardshipReasons: ["other", "gambling"],
      dateOfBirth: "2999-01-01",
    });
    expect(bad.success).toBe(false);
    const errors = fieldErrors(bad.error!, t);
    expect(errors).toMatchObject({
      fullName: "validation.required",
      phone: "clients.errors.phone",
      householdAdults: "clients.errors.atLeast",
      householdDependants: "clients.errors.wholeNumber",
      dateOfBirth: "clients.errors.dateOfBirth",
    });
    expect(errors["hardshipReasons.1"]).toBe("validation.invalidChoice");
    // Shown in the same round as the field errors, not after they are fixed.
    expect(errors.hardshipOther).toBe("clients.errors.otherText");
  });

  it("asks for words when 'other' is ticked and for at least one way to reach the client", () => {
    const bad = intakeSchema.safeParse({ ...valid, phone: "", hardshipReasons: "other", vulnerabilities: ["other"] });
    const errors = fieldErrors(bad.error!, t);
    expect(errors).toMatchObject({
      hardshipOther: "clients.errors.otherText",
      vulnerabilityOther: "clients.errors.otherText",
      phone: "clients.errors.contact",
    });
  });

  it("refuses fields a counsellor may not set: counsellorId, status, role", () => {
    for (const extra of [{ counsellorId: crypto.randomUUID() }, { status: "closed" }, { role: "admin" }]) {
      const result = intakeSchema.safeParse({ ...valid, ...extra });
      expect(result.success).toBe(false);
      expect(result.error!.issues[0]?.code).toBe("unrecognized_keys");
    }
    expect(intakeForCounsellorSchema.safeParse({ ...valid, counsellorId: crypto.randomUUID() }).success).toBe(true);
    expect(intakeForCounsellorSchema.safeParse({ ...valid, counsellorId: crypto.randomUUID(), status: "active" }).success).toBe(false);
  });

  it("refuses a status or counsellor smuggled into a profile edit", () => {
    const base = { ...valid, clientId: crypto.randomUUID(), version: "3" };
    expect(clientUpdateSchema.parse(base).version).toBe(3);
    expect(clientUpdateSchema.safeParse({ ...base, status: "closed" }).success).toBe(false);
    expect(clientUpdateSchema.safeParse({ ...base, counsellorId: crypto.randomUUID() }).success).toBe(false);
    expect(clientUpdateSchema.safeParse({ ...base, portalUserId: crypto.randomUUID() }).success).toBe(false);
  });
});

describe("birth dates", () => {
  const today = new Date("2026-06-01T00:00:00Z");
  it("accepts real past dates only", () => {
    expect(isPlausibleBirthDate("1990-02-28", today)).toBe(true);
    expect(isPlausibleBirthDate("1990-02-30", today)).toBe(false);
    expect(isPlausibleBirthDate("2026-06-02", today)).toBe(false);
    expect(isPlausibleBirthDate("1900-01-01", today)).toBe(false);
  });
});

describe("status change and assignment", () => {
  const id = crypto.randomUUID();
  it("needs a closure reason, and words for 'other'", () => {
    expect(fieldErrors(statusChangeSchema.safeParse({ clientId: id, version: "1", to: "closed" }).error!, t)).toEqual({
      closureReason: "clients.errors.closureReason",
    });
    const other = statusChangeSchema.safeParse({ clientId: id, version: "1", to: "closed", closureReason: "other", closureNote: " " });
    expect(fieldErrors(other.error!, t)).toEqual({ closureNote: "clients.errors.otherText" });
    expect(statusChangeSchema.safeParse({ clientId: id, version: "1", to: "closed", closureReason: "debts_settled" }).success).toBe(true);
  });

  it("takes one or many client ids and refuses an empty selection", () => {
    expect(assignSchema.parse({ clientIds: id, counsellorId: id }).clientIds).toEqual([id]);
    expect(assignSchema.safeParse({ counsellorId: id }).success).toBe(false);
    expect(assignSchema.safeParse({ clientIds: [id, "x"], counsellorId: id }).success).toBe(false);
  });
});
