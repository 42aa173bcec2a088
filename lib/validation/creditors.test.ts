import { describe, expect, it } from "vitest";
import { newCreditorSchema } from "./creditors";
import { fieldErrors } from "./form";

const valid = { nameEn: "Jiebei", nameZh: "借呗", type: "online_platform", hotline: "95188", defaultPenaltyMultiplier: "", maxInstalmentMonths: "36" };

function errorsOf(input: Record<string, unknown>): Record<string, string> {
  const parsed = newCreditorSchema.safeParse(input);
  return parsed.success ? {} : fieldErrors(parsed.error, (key) => key);
}

describe("newCreditorSchema", () => {
  it("defaults the penalty multiplier to 1.5× and leaves blank contacts empty", () => {
    expect(newCreditorSchema.parse(valid)).toMatchObject({ defaultPenaltyMultiplier: 15_000, maxInstalmentMonths: 36, hotline: "95188", email: null, branch: null });
  });

  it("refuses a multiplier below 1×, a term outside 1–600 months and a malformed e-mail", () => {
    expect(errorsOf({ ...valid, defaultPenaltyMultiplier: "0.9" }).defaultPenaltyMultiplier).toBe("debts.errors.multiplierBelowOne");
    expect(errorsOf({ ...valid, maxInstalmentMonths: "0" }).maxInstalmentMonths).toBe("creditors.errors.maxMonths");
    expect(errorsOf({ ...valid, maxInstalmentMonths: "twelve" }).maxInstalmentMonths).toBe("creditors.errors.maxMonths");
    expect(errorsOf({ ...valid, email: "not-an-address" }).email).toBe("validation.email");
  });

  it("needs both names and a known type", () => {
    expect(errorsOf({ ...valid, nameZh: " " }).nameZh).toBe("validation.required");
    expect(errorsOf({ ...valid, type: "loan_shark" }).type).toBe("validation.invalidChoice");
  });
});
