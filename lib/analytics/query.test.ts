import { describe, expect, it } from "vitest";
import { analyticsSearch, defaultRange, monthWithin, outcomesOf, parseAnalyticsQuery } from "./query";

const TODAY = "2026-11-29";
const ID = "0b6f5e1c-6a0e-4c3a-9a3e-2f1d8c7b6a59";

describe("analytics query", () => {
  it("defaults to the last twelve calendar months, this one included", () => {
    expect(defaultRange(TODAY)).toEqual({ from: "2025-12-01", to: TODAY });
    expect(defaultRange("2026-01-15")).toEqual({ from: "2025-02-01", to: "2026-01-15" });
    expect(parseAnalyticsQuery({}, TODAY)).toEqual({
      from: "2025-12-01",
      to: TODAY,
      counsellorId: null,
      creditorId: null,
      requestType: null,
      channel: null,
      outcome: null,
      page: 1,
    });
  });

  it("keeps only allow-listed values", () => {
    const query = parseAnalyticsQuery(
      { from: "2026-01-01", to: "2026-03-31", counsellor: ID, creditor: "1; drop table", type: "payment_extension", channel: "fax", outcome: "decided", page: "3" },
      TODAY,
    );
    expect(query).toMatchObject({ from: "2026-01-01", to: "2026-03-31", counsellorId: ID, creditorId: null, requestType: "payment_extension", channel: null, outcome: "decided", page: 3 });
  });

  it.each([
    [{ from: "2026-02-30", to: "2026-03-01" }],
    [{ from: "2026-05-01", to: "2026-04-01" }],
    [{ from: "2010-01-01", to: "2026-01-01" }],
  ])("falls back to the default range for %j", (params) => {
    const query = parseAnalyticsQuery(params, TODAY);
    expect([query.from, query.to]).toEqual(["2025-12-01", TODAY]);
  });

  it("bounds the page", () => {
    expect(parseAnalyticsQuery({ page: "-1" }, TODAY).page).toBe(1);
    expect(parseAnalyticsQuery({ page: "999999" }, TODAY).page).toBe(200);
    expect(parseAnalyticsQuery(new URLSearchParams("page=2&type=settlement"), TODAY)).toMatchObject({ page: 2, requestType: "settlement" });
  });

  it("writes a canonical search string that parses back to the same query", () => {
    expect(analyticsSearch(parseAnalyticsQuery({}, TODAY), TODAY)).toBe("");
    const query = parseAnalyticsQuery({ from: "2026-01-01", to: "2026-02-01", creditor: ID, channel: "phone", outcome: "agreed_any", page: "2" }, TODAY);
    const search = analyticsSearch(query, TODAY);
    expect(search).toBe(`?from=2026-01-01&to=2026-02-01&creditor=${ID}&channel=phone&outcome=agreed_any&page=2`);
    expect(parseAnalyticsQuery(new URLSearchParams(search.slice(1)), TODAY)).toEqual(query);
  });

  it("clips a month to the range and maps slices to outcomes", () => {
    expect(monthWithin("2026-02", { from: "2025-12-01", to: "2026-11-29" })).toEqual({ from: "2026-02-01", to: "2026-02-28" });
    expect(monthWithin("2026-11", { from: "2025-12-01", to: "2026-11-29" })).toEqual({ from: "2026-11-01", to: "2026-11-29" });
    expect(monthWithin("2025-12", { from: "2025-12-15", to: "2026-11-29" })).toEqual({ from: "2025-12-15", to: "2025-12-31" });
    expect(outcomesOf("decided")).toEqual(["agreed", "partially_agreed", "rejected"]);
    expect(outcomesOf("agreed_any")).toEqual(["agreed", "partially_agreed"]);
    expect(outcomesOf("no_response")).toEqual(["no_response"]);
  });
});

describe("drill-down links", () => {
  const base = parseAnalyticsQuery({ from: "2026-01-01", to: "2026-06-15", channel: "phone" }, TODAY);
  it("keeps the range and filters and adds the figure's row and slice", async () => {
    const { drillHref } = await import("./drill");
    expect(drillHref(base, "creditor", ID, "agreed", TODAY)).toBe(`/supervision/analytics/entries?from=2026-01-01&to=2026-06-15&creditor=${ID}&channel=phone&outcome=agreed`);
    expect(drillHref(base, "month", "2026-06", "decided", TODAY)).toBe("/supervision/analytics/entries?from=2026-06-01&to=2026-06-15&channel=phone&outcome=decided");
    expect(drillHref(base, "type", "settlement", null, TODAY)).toBe("/supervision/analytics/entries?from=2026-01-01&to=2026-06-15&type=settlement&channel=phone");
    expect(drillHref(base, "counsellor", "", null, TODAY)).toBeNull();
  });
  it("narrows a row's link to an outcome whether or not the row's link has a query already", async () => {
    const { drillHref, rowDrillHref } = await import("./drill");
    const { withOutcome } = await import("./outcome-href");
    const defaultRange = parseAnalyticsQuery({}, TODAY);
    expect(drillHref(defaultRange, "total", "", "rejected", TODAY)).toBe("/supervision/analytics/entries?outcome=rejected");
    for (const slice of [null, "decided", "agreed", "partially_agreed", "rejected"] as const) {
      const row = rowDrillHref(base, "creditor", ID, TODAY)!;
      expect(withOutcome(row, slice)).toBe(drillHref(base, "creditor", ID, slice, TODAY));
    }
  });
});
