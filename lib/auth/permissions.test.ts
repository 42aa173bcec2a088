import { describe, expect, it } from "vitest";
import { canEnter, clientScope, homeFor, isStaff } from "./permissions";

describe("areas", () => {
  it("keeps clients out of staff screens and staff out of the portal", () => {
    expect(canEnter("client", "staff")).toBe(false);
    expect(canEnter("client", "portal")).toBe(true);
    expect(canEnter("counsellor", "portal")).toBe(false);
    expect(canEnter("admin", "portal")).toBe(false);
  });

  it("opens the admin area to admins only", () => {
    expect(canEnter("admin", "admin")).toBe(true);
    expect(canEnter("supervisor", "admin")).toBe(false);
    expect(canEnter("counsellor", "admin")).toBe(false);
  });

  it("opens supervision to supervisors and admins", () => {
    expect(canEnter("supervisor", "supervision")).toBe(true);
    expect(canEnter("counsellor", "supervision")).toBe(false);
  });

  it("sends each role home", () => {
    expect(homeFor("client")).toBe("/portal");
    expect(homeFor("counsellor")).toBe("/dashboard");
    expect(isStaff("supervisor")).toBe(true);
    expect(isStaff("client")).toBe(false);
  });
});

describe("client scope", () => {
  it("narrows each role to the rows it owns", () => {
    expect(clientScope({ id: "a", role: "admin" })).toEqual({ kind: "all" });
    expect(clientScope({ id: "s", role: "supervisor" })).toEqual({ kind: "team", supervisorId: "s" });
    expect(clientScope({ id: "c", role: "counsellor" })).toEqual({ kind: "own", counsellorId: "c" });
    expect(clientScope({ id: "p", role: "client" })).toEqual({ kind: "portal", portalUserId: "p" });
  });
});
