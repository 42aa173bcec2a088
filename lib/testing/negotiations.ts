import type { NegotiationEntryInput } from "@/lib/validation/negotiations";

/** A valid logged contact on `debtId` (a phone call an hour ago, partly agreed), for integration tests. */
export function negotiationInput(debtId: string, overrides: Partial<NegotiationEntryInput> = {}): NegotiationEntryInput {
  return {
    debtId,
    currency: "CNY",
    contactedAt: new Date(Date.now() - 3_600_000),
    channel: "phone",
    counterpartName: "Ms Liu",
    counterpartReference: "staff 8812",
    requestType: "payment_extension",
    requestedMonths: 3,
    requestedAmount: null,
    requestedInterestWaiver: null,
    requestedPenaltyWaiver: 50_000,
    requestedPauseUntil: null,
    outcome: "partially_agreed",
    grantedMonths: 2,
    waivedInterest: null,
    waivedPenalty: 0,
    agreedMonthlyAmount: null,
    agreedPauseUntil: null,
    notes: null,
    nextActionDate: null,
    correctsEntryId: null,
    ...overrides,
  };
}
