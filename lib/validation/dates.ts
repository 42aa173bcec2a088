import { z } from "zod";
import { isIsoDate, isStorableDate } from "@/lib/finance/dates";

/** Catalogue key for a real calendar date outside the storable years (1900–2100). */
export const DATE_RANGE = "validation.dateRange";

/** What is wrong with a typed date as a catalogue key: `invalid` for a non-date, DATE_RANGE out of range; null when it can be stored. */
export function dateProblem(value: string, invalid: string): string | null {
  if (!isIsoDate(value)) return invalid;
  return isStorableDate(value) ? null : DATE_RANGE;
}

/** A required date field; `invalid` names the form's own "not a date" message. */
export const storableDate = (invalid: string) =>
  z
    .string(invalid)
    .trim()
    .superRefine((v, ctx) => {
      const problem = dateProblem(v, invalid);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    });

/** An optional date field: blank is null. */
export const optionalStorableDate = (invalid: string) =>
  z
    .string(invalid)
    .trim()
    .transform((v) => (v === "" ? null : v))
    .superRefine((v, ctx) => {
      const problem = v === null ? null : dateProblem(v, invalid);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    });
