import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { agencyDayRange } from "@/lib/validation/agency-time";
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
    // Calendar dates no record carries: the day after 9999-12-31 has no instant, Date.UTC reads 0025 as 1925.
    [{ from: "9999-01-01", to: "9999-12-31" }],
    [{ from: "0000-01-01", to: "0000-12-31" }],
    [{ from: "0025-01-01", to: "0025-06-30" }],
    [{ from: "1899-12-01", to: "1900-01-31" }],
    [{ from: "2100-12-01", to: "2101-01-31" }],
  ])("falls back to the default range for %j", (params) => {
    const query = parseAnalyticsQuery(params, TODAY);
    expect([query.from, query.to]).toEqual(["2025-12-01", TODAY]);
  });

  it("takes a range at either end of the storable years", () => {
    expect(parseAnalyticsQuery({ from: "1900-01-01", to: "1900-12-31" }, TODAY)).toMatchObject({ from: "1900-01-01", to: "1900-12-31" });
    expect(parseAnalyticsQuery({ from: "2100-01-01", to: "2100-12-31" }, TODAY)).toMatchObject({ from: "2100-01-01", to: "2100-12-31" });
  });

  it("gives every range it lets through a start and end instant", () => {
    const date = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
      .map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
    fc.assert(
      fc.property(date, fc.boolean(), (from, oneDay) => {
        const query = parseAnalyticsQuery({ from, to: oneDay ? from : `${from.slice(0, 4)}-12-31` }, TODAY);
        const { start, end } = agencyDayRange(query.from, query.to, "Asia/Shanghai");
        expect(start.getTime()).toBeLessThan(end.getTime());
      }),
    );
    const last = agencyDayRange("2100-12-31", "2100-12-31", "Asia/Shanghai");
    expect([last.start.toISOString(), last.end.toISOString()]).toEqual(["2100-12-30T16:00:00.000Z", "2100-12-31T16:00:00.000Z"]);
    const first = agencyDayRange("1900-01-01", "1900-01-01", "UTC");
    expect(first.start.toISOString()).toBe("1900-01-01T00:00:00.000Z");
    // A range built some other way is held to those years rather than thrown.
    expect(agencyDayRange("9999-01-01", "9999-12-31", "UTC").end.toISOString()).toBe("2101-01-01T00:00:00.000Z");
    expect(agencyDayRange("0000-01-01", "0025-12-31", "UTC").start.toISOString()).toBe("1900-01-01T00:00:00.000Z");
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
