import { describe, expect, it } from "vitest";
import { currentTab } from "./current-tab";

const tabs = [
  { href: "/clients/1", label: "Overview" },
  { href: "/clients/1/debts", label: "Debts" },
  { href: "/clients/1/documents", label: "Documents" },
];

describe("currentTab", () => {
  it("marks the exact page", () => {
    expect(currentTab(tabs, "/clients/1")).toBe("/clients/1");
    expect(currentTab(tabs, "/clients/1/debts")).toBe("/clients/1/debts");
  });

  it("marks the section of a deeper page by the longest matching prefix", () => {
    expect(currentTab(tabs, "/clients/1/debts/42/edit")).toBe("/clients/1/debts");
  });

  it("does not match a path that only shares letters", () => {
    expect(currentTab(tabs, "/clients/10")).toBeUndefined();
    expect(currentTab([{ href: "/admin/staff", label: "" }], "/admin/staffing")).toBeUndefined();
  });
});
