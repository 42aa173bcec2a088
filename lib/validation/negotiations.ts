import { z } from "zod";
import { agreedOutcomes, negotiationChannels, negotiationOutcomes, negotiationRequestTypes, type NegotiationOutcome } from "@/db/schema/negotiations";
import { CURRENCY_CODES } from "@/lib/finance";
import { isStorableDate } from "@/lib/finance/dates";
import { instantToAgencyDate, wallTimeToInstant } from "./agency-time";
import { DATE_RANGE, optionalStorableDate } from "./dates";
import { moneyFrom } from "./debts";

export const isAgreed = (outcome: NegotiationOutcome) => (agreedOutcomes as readonly string[]).includes(outcome);

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === "" ? null : v))
    .default(null);
const optionalMonths = z
  .string()
  .trim()
  .default("")
  .transform((v) => (v === "" ? null : v))
  .pipe(z.union([z.null(), z.string().regex(/^\d{1,3}$/, "negotiations.errors.months").transform(Number).pipe(z.number().min(1, "negotiations.errors.months").max(600, "negotiations.errors.months"))]));
const money = z.string().trim().max(40).default("");
const optionalDate = optionalStorableDate("negotiations.errors.date");

const entryShape = {
  debtId: z.uuid("negotiations.errors.debt"),
  currency: z.enum(CURRENCY_CODES),
  contactedAt: z.string("negotiations.errors.contactedAt").trim().min(1, "negotiations.errors.contactedAt").max(25),
  channel: z.enum(negotiationChannels, "negotiations.errors.channel"),
  counterpartName: z.string("negotiations.errors.counterpartName").trim().min(1, "negotiations.errors.counterpartName").max(120),
  counterpartReference: optionalText(120),
  requestType: z.enum(negotiationRequestTypes, "negotiations.errors.requestType"),
  requestedMonths: optionalMonths,
  requestedAmount: money,
  requestedInterestWaiver: money,
  requestedPenaltyWaiver: money,
  requestedPauseUntil: optionalDate.default(null),
  outcome: z.enum(negotiationOutcomes, "negotiations.errors.outcome"),
  grantedMonths: optionalMonths,
  waivedInterest: money,
  waivedPenalty: money,
  agreedMonthlyAmount: money,
  agreedPauseUntil: optionalDate.default(null),
  notes: optionalText(4000),
  nextActionDate: optionalDate.default(null),
  correctsEntryId: z
    .string()
    .trim()
    .default("")
    .transform((v) => (v === "" ? null : v))
    .pipe(z.uuid().nullable()),
};

const TERMS = ["grantedMonths", "waivedInterest", "waivedPenalty", "agreedMonthlyAmount", "agreedPauseUntil"] as const;

/**
 * The entry form. `now` and the agency's time zone come from the caller so the "not in the future"
 * rule is testable; the contact time is typed as the agency's wall-clock time and stored as an instant.
 */
export function negotiationEntrySchema(options: { timeZone: string; now: Date }) {
  return z.strictObject(entryShape).transform((v, ctx) => {
    const contactedAt = wallTimeToInstant(v.contactedAt, options.timeZone);
    if (!contactedAt) ctx.addIssue({ code: "custom", message: "negotiations.errors.contactedAt", path: ["contactedAt"] });
    else if (!isStorableDate(v.contactedAt.trim().slice(0, 10))) ctx.addIssue({ code: "custom", message: DATE_RANGE, path: ["contactedAt"] });
    else if (contactedAt.getTime() > options.now.getTime()) ctx.addIssue({ code: "custom", message: "negotiations.errors.contactedInFuture", path: ["contactedAt"] });
    const amount = (field: keyof typeof v & string) => {
      const text = v[field] as string;
      return text === "" ? null : moneyFrom(ctx, [field], text, v.currency);
    };
    const agreed = isAgreed(v.outcome);
    if (!agreed) {
      for (const term of TERMS) {
        if (v[term] !== null && v[term] !== "") ctx.addIssue({ code: "custom", message: "negotiations.errors.termsNeedAgreement", path: [term] });
      }
    }
    if (agreed && v.requestType === "collection_pause" && !v.agreedPauseUntil) {
      ctx.addIssue({ code: "custom", message: "negotiations.errors.pauseUntilRequired", path: ["agreedPauseUntil"] });
    }
    const contactDay = contactedAt ? instantToAgencyDate(contactedAt, options.timeZone) : null;
    if (contactDay && v.agreedPauseUntil && v.agreedPauseUntil < contactDay) {
      ctx.addIssue({ code: "custom", message: "negotiations.errors.pauseBeforeContact", path: ["agreedPauseUntil"] });
    }
    return {
      debtId: v.debtId,
      currency: v.currency,
      contactedAt: contactedAt ?? new Date(0),
      channel: v.channel,
      counterpartName: v.counterpartName,
      counterpartReference: v.counterpartReference,
      requestType: v.requestType,
      requestedMonths: v.requestedMonths,
      requestedAmount: amount("requestedAmount"),
      requestedInterestWaiver: amount("requestedInterestWaiver"),
      requestedPenaltyWaiver: amount("requestedPenaltyWaiver"),
      requestedPauseUntil: v.requestedPauseUntil,
      outcome: v.outcome,
      grantedMonths: agreed ? v.grantedMonths : null,
      waivedInterest: agreed ? amount("waivedInterest") : null,
      waivedPenalty: agreed ? amount("waivedPenalty") : null,
      agreedMonthlyAmount: agreed ? amount("agreedMonthlyAmount") : null,
      agreedPauseUntil: agreed ? v.agreedPauseUntil : null,
      notes: v.notes,
      nextActionDate: v.nextActionDate,
      correctsEntryId: v.correctsEntryId,
    };
  });
}
export type NegotiationEntryInput = z.output<ReturnType<typeof negotiationEntrySchema>>;

/** A written confirmation: an agreement document from the client's documents, or a reference. */
export const confirmationSchema = z
  .strictObject({
    entryId: z.uuid(),
    documentId: z
      .string()
      .trim()
      .default("")
      .transform((v) => (v === "" ? null : v))
      .pipe(z.uuid().nullable()),
    reference: optionalText(120),
  })
  .refine((v) => v.documentId !== null || v.reference !== null, { message: "negotiations.errors.confirmationEmpty", path: ["reference"] });
export type ConfirmationInput = z.output<typeof confirmationSchema>;

// Timeline filters from the URL: anything not on the allow-list is ignored, never passed on.
const pick = <T extends readonly string[]>(values: T) => z.enum(values).optional().catch(undefined);
export const timelineFilterSchema = z.object({
  creditor: z.uuid().optional().catch(undefined),
  debt: z.uuid().optional().catch(undefined),
  channel: pick(negotiationChannels),
  outcome: pick(negotiationOutcomes),
});
export type TimelineFilter = z.output<typeof timelineFilterSchema>;

/** The log's page cursor from the URL (`?before=` an entry's id); anything else reads the newest page. */
export const timelineCursorSchema = z.uuid().nullable().catch(null);
