import { describe, expect, it } from "vitest";
import { recordConsentSchema } from "./consents";
import { fieldErrors } from "./form";
import { acceptInvitationSchema, inviteSchema } from "./invitations";

const token = "a".repeat(43);
const t = (key: string) => key;

describe("invitation and consent forms", () => {
  it("accepts a 12-character password that is repeated, and nothing else on the form", () => {
    expect(acceptInvitationSchema.safeParse({ token, password: "twelve chars", confirm: "twelve chars" }).success).toBe(true);
    const short = acceptInvitationSchema.safeParse({ token, password: "short", confirm: "short" });
    expect(fieldErrors(short.error!, t).password).toBe("password.tooShort");
    const mismatch = acceptInvitationSchema.safeParse({ token, password: "twelve chars", confirm: "twelve charz" });
    expect(fieldErrors(mismatch.error!, t).confirm).toBe("password.mismatch");
    // The account's role and e-mail come from the invitation, never from the form.
    for (const extra of [{ role: "admin" }, { email: "me@example.com" }, { clientId: crypto.randomUUID() }]) {
      expect(acceptInvitationSchema.safeParse({ token, password: "twelve chars", confirm: "twelve chars", ...extra }).success).toBe(false);
    }
    expect(acceptInvitationSchema.safeParse({ token: "../../etc", password: "twelve chars", confirm: "twelve chars" }).success).toBe(false);
  });

  it("invites by a Chinese or international e-mail address and refuses a role", () => {
    const clientId = crypto.randomUUID();
    expect(inviteSchema.safeParse({ clientId, email: "zhang.wei@qq.com" }).success).toBe(true);
    expect(inviteSchema.safeParse({ clientId, email: "张伟@例子.中国" }).success).toBe(true);
    expect(inviteSchema.safeParse({ clientId, email: "not-an-address" }).success).toBe(false);
    expect(inviteSchema.safeParse({ clientId, email: "zhang.wei@qq.com", role: "supervisor" }).success).toBe(false);
  });

  it("records a consent only when the box is ticked, and not on behalf of another recorder", () => {
    const base = { clientId: crypto.randomUUID(), scope: "sensitive_data", method: "signed_form", wordingVersion: "2026-01" };
    expect(fieldErrors(recordConsentSchema.safeParse(base).error!, t).confirmed).toBe("consent.errors.confirm");
    expect(recordConsentSchema.safeParse({ ...base, confirmed: "on" }).success).toBe(true);
    expect(recordConsentSchema.safeParse({ ...base, confirmed: "on", recordedById: crypto.randomUUID() }).success).toBe(false);
    expect(recordConsentSchema.safeParse({ ...base, confirmed: "on", method: "telepathy" }).success).toBe(false);
  });
});
