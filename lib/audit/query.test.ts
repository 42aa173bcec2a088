import { describe, expect, it } from "vitest";
import { auditSearch, parseAuditQuery } from "./query";

const TODAY = "2026-11-29";
const ID = "0b6f5e1c-6a0e-4c3a-9a3e-2f1d8c7b6a59";

describe("audit query", () => {
  it("defaults to the last 30 days with no filters", () => {
    expect(parseAuditQuery({}, TODAY)).toEqual({ actorId: null, action: null, clientRef: null, from: "2026-10-31", to: TODAY, before: null });
  });

  it("keeps well-formed filters and drops the rest", () => {
    expect(parseAuditQuery({ actor: ID, action: "Client.Assigned", client: "c-2026-00012", before: "42", from: "2026-01-01", to: "2026-02-01" }, TODAY)).toEqual({
      actorId: ID,
      action: "client.assigned",
      clientRef: "C-2026-00012",
      from: "2026-01-01",
      to: "2026-02-01",
      before: 42,
    });
    expect(parseAuditQuery({ actor: "x", action: "'; drop table", client: "张伟", before: "-1" }, TODAY)).toMatchObject({ actorId: null, action: null, clientRef: null, before: null });
    expect(parseAuditQuery({ action: "negotiation.*" }, TODAY).action).toBe("negotiation.*");
    expect(parseAuditQuery({ from: "2024-01-01", to: "2026-01-01" }, TODAY).from).toBe("2026-10-31");
  });

  // These matched no instant, so the log showed nothing at all rather than the default window.
  it.each([
    ["0000-01-01", "0000-12-31"],
    ["0025-01-01", "0025-06-30"],
    ["9999-01-01", "9999-12-31"],
  ])("falls back to the last 30 days for %s to %s", (from, to) => {
    expect(parseAuditQuery({ from, to }, TODAY)).toMatchObject({ from: "2026-10-31", to: TODAY });
  });

  it("round-trips through the URL", () => {
    const query = parseAuditQuery({ action: "outcome_review.*", client: "C-2026-00001", before: "9" }, TODAY);
    expect(auditSearch(query, TODAY)).toBe("?action=outcome_review.*&client=C-2026-00001");
    expect(parseAuditQuery(new URLSearchParams(auditSearch(query, TODAY, true).slice(1)), TODAY)).toEqual(query);
  });
});
