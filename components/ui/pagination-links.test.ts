import { describe, expect, it } from "vitest";
import { pageHref, pageWindow } from "./pagination-links";

describe("pageHref", () => {
  it("keeps filters and sort, and replaces the page", () => {
    expect(pageHref("/clients", { q: "张", status: ["active", "intake"], page: "3", sort: undefined }, 4)).toBe(
      "/clients?q=%E5%BC%A0&status=active&status=intake&page=4",
    );
  });

  it("gives page 1 no parameter, so it has one canonical URL", () => {
    expect(pageHref("/clients", { page: "2" }, 1)).toBe("/clients");
    expect(pageHref("/clients", { q: "li", page: "2" }, 1)).toBe("/clients?q=li");
  });

  it("uses the named parameter", () => {
    expect(pageHref("/debts", { p: "1" }, 2, "p")).toBe("/debts?p=2");
  });
});

describe("pageWindow", () => {
  it("lists every page when there are few", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it("shows first, last and neighbours with gaps in a long list", () => {
    expect(pageWindow(10, 20)).toEqual([1, null, 9, 10, 11, null, 20]);
    expect(pageWindow(1, 20)).toEqual([1, 2, null, 20]);
    expect(pageWindow(20, 20)).toEqual([1, null, 19, 20]);
  });

  it("fills a gap of one page with the page instead of an ellipsis", () => {
    expect(pageWindow(4, 10)).toEqual([1, 2, 3, 4, 5, null, 10]);
  });
});
