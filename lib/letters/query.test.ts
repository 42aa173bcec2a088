import { describe, expect, it } from "vitest";
import { letterRequest, readSearch } from "./query";

describe("a letter's options from the URL", () => {
  it("keeps a pause date a letter can promise and drops one outside the storable years", () => {
    expect(letterRequest(readSearch({ type: "collection_pause", until: "2027-03-01" }), "CNY").pauseUntil).toBe("2027-03-01");
    for (const until of ["0025-03-01", "0000-01-01", "9999-12-31", "2026-02-30", "soon"]) {
      expect(letterRequest(readSearch({ type: "collection_pause", until }), "CNY").pauseUntil).toBeNull();
    }
  });
});
