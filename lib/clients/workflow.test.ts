import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clientStatuses } from "@/db/schema/clients";
import { roles } from "@/db/schema/users";
import { canTransition, nextStatuses } from "./workflow";

describe("case workflow", () => {
  it("walks a case from intake to closure", () => {
    const path = ["intake", "active", "negotiating", "plan_agreed", "monitoring", "closed"] as const;
    for (let i = 0; i < path.length - 1; i++) expect(canTransition(path[i]!, path[i + 1]!, "counsellor")).toBe(true);
  });

  it("refuses skipping steps and going nowhere", () => {
    expect(canTransition("intake", "plan_agreed", "counsellor")).toBe(false);
    expect(canTransition("intake", "negotiating", "admin")).toBe(false);
    expect(canTransition("active", "monitoring", "supervisor")).toBe(false);
    expect(canTransition("negotiating", "negotiating", "counsellor")).toBe(false);
  });

  it("lets talks fail and plans break down", () => {
    expect(canTransition("negotiating", "active", "counsellor")).toBe(true);
    expect(canTransition("plan_agreed", "negotiating", "counsellor")).toBe(true);
    expect(canTransition("monitoring", "negotiating", "counsellor")).toBe(true);
  });

  it("reopens a closed case only for a supervisor or admin, and only to active", () => {
    expect(nextStatuses("closed", "counsellor")).toEqual([]);
    expect(nextStatuses("closed", "supervisor")).toEqual(["active"]);
    expect(nextStatuses("closed", "admin")).toEqual(["active"]);
    expect(canTransition("closed", "negotiating", "admin")).toBe(false);
  });

  it("never lets a client move a case, and every open state can be closed by staff", () => {
    fc.assert(
      fc.property(fc.constantFrom(...clientStatuses), fc.constantFrom(...clientStatuses), (from, to) => {
        expect(canTransition(from, to, "client")).toBe(false);
        if (from !== "closed") for (const role of roles.filter((r) => r !== "client")) expect(canTransition(from, "closed", role)).toBe(true);
      }),
    );
  });
});
