import { describe, expect, it } from "vitest";
import { instantToWallTime, wallTimeToInstant } from "./agency-time";
import { confirmationSchema, negotiationEntrySchema, timelineFilterSchema } from "./negotiations";

const TZ = "Asia/Shanghai";
const now = new Date("2026-11-29T06:00:00Z"); // 14:00 in Shanghai
const schema = negotiationEntrySchema({ timeZone: TZ, now });
const base = {
  debtId: "0b9a3f3e-2c1d-4c55-9d7a-7f1e2d3c4b5a",
  currency: "CNY",
  contactedAt: "2026-11-29T10:30",
  channel: "phone",
  counterpartName: "Ms Liu",
  requestType: "payment_extension",
  requestedMonths: "3",
  requestedPenaltyWaiver: "1,200.50",
  outcome: "partially_agreed",
  grantedMonths: "2",
};

function messages(input: Record<string, string>) {
  const result = schema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("negotiation entry form", () => {
  it("stores the agency wall-clock time as an instant and keeps only agreed terms", () => {
    const result = schema.parse(base);
    expect(result.contactedAt.toISOString()).toBe("2026-11-29T02:30:00.000Z");
    expect(result.requestedPenaltyWaiver).toBe(120050);
    expect(result.grantedMonths).toBe(2);
    expect(result.waivedPenalty).toBeNull();
  });

  it("refuses a contact in the future", () => {
    expect(messages({ ...base, contactedAt: "2026-11-29T14:01" })).toEqual({ contactedAt: "negotiations.errors.contactedInFuture" });
    expect(messages({ ...base, contactedAt: "2026-11-29T14:00" })).toEqual({});
  });

  it("refuses a missing counterpart, channel or contact time with their own messages", () => {
    const { counterpartName: _c, channel: _ch, ...rest } = base;
    expect(messages(rest)).toMatchObject({ counterpartName: "negotiations.errors.counterpartName", channel: "negotiations.errors.channel" });
    expect(messages({ ...base, counterpartName: "   ", channel: "" })).toMatchObject({ counterpartName: "negotiations.errors.counterpartName", channel: "negotiations.errors.channel" });
    expect(messages({ ...base, contactedAt: "" })).toMatchObject({ contactedAt: "negotiations.errors.contactedAt" });
    expect(messages({ ...base, contactedAt: "2026-02-30T10:00" })).toMatchObject({ contactedAt: "negotiations.errors.contactedAt" });
  });

  it("refuses agreed terms on an outcome that agreed nothing, and an agreed pause without an end date", () => {
    expect(messages({ ...base, outcome: "rejected" })).toEqual({ grantedMonths: "negotiations.errors.termsNeedAgreement" });
    expect(messages({ ...base, requestType: "collection_pause", grantedMonths: "" })).toEqual({ agreedPauseUntil: "negotiations.errors.pauseUntilRequired" });
    expect(messages({ ...base, requestType: "collection_pause", grantedMonths: "", agreedPauseUntil: "2026-11-28" })).toEqual({ agreedPauseUntil: "negotiations.errors.pauseBeforeContact" });
  });

  it("refuses fields it does not know (a counsellor id cannot be smuggled in)", () => {
    expect(messages({ ...base, counsellorId: base.debtId })).toHaveProperty("");
  });

  it("needs a document or a reference to confirm an agreement", () => {
    expect(confirmationSchema.safeParse({ entryId: base.debtId }).success).toBe(false);
    expect(confirmationSchema.parse({ entryId: base.debtId, reference: "REC-1" }).reference).toBe("REC-1");
  });

  it("ignores timeline filters that are not on the allow-list", () => {
    expect(timelineFilterSchema.parse({ channel: "fax", outcome: "agreed", creditor: "x" })).toEqual({ outcome: "agreed" });
  });
});

describe("agency time", () => {
  it("round-trips wall-clock time in Shanghai and across a New York DST change", () => {
    expect(instantToWallTime(wallTimeToInstant("2026-01-01T00:05", TZ)!, TZ)).toBe("2026-01-01T00:05");
    expect(wallTimeToInstant("2026-03-08T12:00", "America/New_York")!.toISOString()).toBe("2026-03-08T16:00:00.000Z");
    expect(wallTimeToInstant("not a time", TZ)).toBeNull();
  });
});
