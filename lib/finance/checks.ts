import { addYears, type IsoDate } from "./dates";

/** Credit-card personalised instalments (个性化分期) may run at most five years (PBOC/CBIRC 2021). */
export const CREDIT_CARD_INSTALMENT_MAX_MONTHS = 60;

/** Adverse credit-report records are kept five years from when the adverse behaviour ends (征信业管理条例 §16). */
export const CREDIT_REPORT_RETENTION_YEARS = 5;

export type InstalmentTermWarning = {
  code: "credit_card_instalment_term_exceeded";
  months: number;
  maxMonths: number;
};

/** Returns a warning when a proposed credit-card instalment term is longer than the cap, else null. */
export function checkCreditCardInstalmentTerm(months: number): InstalmentTermWarning | null {
  if (!Number.isSafeInteger(months) || months < 1) {
    throw new RangeError(`months must be a positive integer, got ${months}`);
  }
  if (months <= CREDIT_CARD_INSTALMENT_MAX_MONTHS) return null;
  return { code: "credit_card_instalment_term_exceeded", months, maxMonths: CREDIT_CARD_INSTALMENT_MAX_MONTHS };
}

/**
 * The date an adverse record should drop off the credit report. A record ending on 29 February
 * drops on 28 February, never later than five years.
 */
export function creditReportRemovalDate(adverseEndedOn: IsoDate): IsoDate {
  return addYears(adverseEndedOn, CREDIT_REPORT_RETENTION_YEARS);
}
