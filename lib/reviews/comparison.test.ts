import { describe, expect, it } from "vitest";
import { compareStatements } from "./comparison";

describe("statement comparison for a review", () => {
  it("worked example: wages cut from ¥8,000 to ¥5,000, spending unchanged at ¥6,000", () => {
    const result = compareStatements({ income: 800_000, expenditure: 600_000, surplus: 200_000 }, { income: 500_000, expenditure: 600_000, surplus: -100_000 });
    expect(result.change?.income).toEqual({ before: 800_000, after: 500_000, delta: -300_000, percentPpb: -375_000_000 });
    expect(result.change?.expenditure).toEqual({ before: 600_000, after: 600_000, delta: 0, percentPpb: 0 });
    // Surplus ¥2,000 → −¥1,000: down ¥3,000, −150 %.
    expect(result.change?.surplus).toEqual({ before: 200_000, after: -100_000, delta: -300_000, percentPpb: -1_500_000_000 });
    expect(result).toMatchObject({ incomeFell: true, surplusDropped: true, suggestRenegotiation: true });
  });

  it("gives no percentage when the previous figure was zero", () => {
    const result = compareStatements({ income: 0, expenditure: 300_000, surplus: -300_000 }, { income: 450_000, expenditure: 300_000, surplus: 150_000 });
    expect(result.change?.income).toEqual({ before: 0, after: 450_000, delta: 450_000, percentPpb: null });
    // A negative surplus is the base in absolute terms: −¥3,000 → ¥1,500 is +150 %.
    expect(result.change?.surplus.percentPpb).toBe(1_500_000_000);
    expect(result.suggestRenegotiation).toBe(false);
  });

  it("does not suggest renegotiating when income fell but spending fell more", () => {
    const result = compareStatements({ income: 500_000, expenditure: 400_000, surplus: 100_000 }, { income: 450_000, expenditure: 300_000, surplus: 150_000 });
    expect(result).toMatchObject({ incomeFell: true, surplusDropped: false, suggestRenegotiation: false });
  });

  it("does not suggest renegotiating when only spending rose", () => {
    const result = compareStatements({ income: 500_000, expenditure: 400_000, surplus: 100_000 }, { income: 500_000, expenditure: 450_000, surplus: 50_000 });
    expect(result).toMatchObject({ incomeFell: false, surplusDropped: true, suggestRenegotiation: false });
    expect(result.change?.surplus.percentPpb).toBe(-500_000_000);
  });

  it("has nothing to compare on a first statement", () => {
    expect(compareStatements(null, { income: 1, expenditure: 0, surplus: 1 })).toEqual({ change: null, incomeFell: false, surplusDropped: false, suggestRenegotiation: false });
  });
});
