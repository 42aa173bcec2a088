import { describe, expect, it } from "vitest";
import { timelineHref } from "./timeline-pages";

describe("the negotiation log's page links", () => {
  const base = "/clients/c1/negotiations";
  const debt = "0b5f7a52-3c1e-4c55-9a39-7d1f3e1f0a11";
  const last = "7d0c4f1e-95a8-4f0e-b1f2-3a6c2b9e8d44";

  it("keep the filters when going to older entries, and drop only the cursor for the newest", () => {
    expect(timelineHref(base, { debt, channel: "phone" }, last)).toBe(`${base}?debt=${debt}&channel=phone&before=${last}`);
    expect(timelineHref(base, { debt, channel: "phone" })).toBe(`${base}?debt=${debt}&channel=phone`);
    expect(timelineHref(base, {})).toBe(base);
    expect(timelineHref(base, { outcome: undefined }, last)).toBe(`${base}?before=${last}`);
  });
});
