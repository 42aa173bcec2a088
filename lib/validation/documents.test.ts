import { describe, expect, it } from "vitest";
import { reviewSchema } from "./documents";

const ids = { clientId: "5f0c8a4e-1b2c-4d3e-8f90-a1b2c3d4e5f6", documentId: "6a1d9b5f-2c3d-4e4f-9a01-b2c3d4e5f6a7" };
const requestId = "7b2e0c6a-3d4e-4f50-8b12-c3d4e5f6a7b8";

describe("a document decision", () => {
  it("accepts a document for none of the client's requests when the choice is left empty", () => {
    expect(reviewSchema.parse({ ...ids, decision: "accepted", requestId: "" })).toEqual({ ...ids, decision: "accepted" });
    expect(reviewSchema.parse({ ...ids, decision: "accepted", requestId })).toEqual({ ...ids, decision: "accepted", requestId });
  });

  it("refuses a request chosen with a rejection, a request id that is no id, and a rejection without a reason", () => {
    const issues = (input: object) => reviewSchema.safeParse(input).error?.issues.map((i) => i.message) ?? [];
    expect(issues({ ...ids, decision: "rejected", reason: "Blurred", requestId })).toEqual(["documents.errors.answersOnlyAccepted"]);
    expect(issues({ ...ids, decision: "accepted", requestId: "abc" })).toHaveLength(1);
    expect(issues({ ...ids, decision: "rejected" })).toEqual(["documents.errors.reasonRequired"]);
  });
});
