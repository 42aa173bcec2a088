import { describe, expect, it } from "vitest";
import { caseloadSearch, parseCaseloadQuery, searchTerms } from "./caseload-query";

describe("caseload URL state", () => {
  it("defaults to the most recently updated cases, 25 a page", () => {
    expect(parseCaseloadQuery({})).toEqual({
      q: null,
      status: [],
      counsellorId: null,
      reviewOverdue: false,
      creditorId: null,
      sort: { column: "updated", dir: "desc" },
      page: 1,
      size: 25,
    });
  });

  it("reads every allowed parameter from a URL and writes the same URL back", () => {
    const id = "0b7c8d5e-1f2a-4b3c-8d9e-0f1a2b3c4d5e";
    const creditor = "1c8d9e6f-2a3b-4c4d-9e0f-1a2b3c4d5e6f";
    const search = `?q=%E5%BC%A0&status=intake%2Cnegotiating&counsellor=${id}&review=overdue&creditor=${creditor}&sort=name.asc&page=3&size=100`;
    const query = parseCaseloadQuery(new URLSearchParams(search));
    expect(query).toEqual({
      q: "张",
      status: ["intake", "negotiating"],
      counsellorId: id,
      reviewOverdue: true,
      creditorId: creditor,
      sort: { column: "name", dir: "asc" },
      page: 3,
      size: 100,
    });
    expect(caseloadSearch(query)).toBe(search);
  });

  it("drops what is not on the allow-list instead of passing it to SQL", () => {
    const query = parseCaseloadQuery({
      sort: "password_hash.asc",
      status: ["closed", "deleted", "closed"],
      counsellor: "1 OR 1=1",
      size: "1000000",
      page: "-4",
    });
    expect(query.sort).toEqual({ column: "updated", dir: "desc" });
    expect(query.status).toEqual(["closed"]);
    expect(query.counsellorId).toBeNull();
    expect(parseCaseloadQuery({ review: "late", creditor: "'; DROP TABLE debts" })).toMatchObject({ reviewOverdue: false, creditorId: null });
    expect(query.size).toBe(25);
    expect(query.page).toBe(1);
    expect(parseCaseloadQuery({ sort: "name.sideways" }).sort.column).toBe("updated");
    expect(parseCaseloadQuery({ page: "2.5" }).page).toBe(1);
  });

  it("treats a phone-like search as digits and anything else as a name", () => {
    expect(searchTerms("+86 138 0013 8000").digits).toBe("8613800138000");
    expect(searchTerms("8000").digits).toBe("8000");
    expect(searchTerms("Wilson").digits).toBeNull();
    expect(searchTerms("c-2026-00012").reference).toBe("C-2026-00012");
  });
});
