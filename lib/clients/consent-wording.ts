import type { ConsentScope } from "@/db/schema/consents";

/**
 * The version of the consent wording shown today (catalogue keys consent.wording.<scope>). Change the
 * wording, change the version: old consents keep the version the client actually agreed to.
 */
export const CURRENT_CONSENT_WORDING: Record<ConsentScope, string> = {
  sensitive_data: "2026-01",
  creditor_contact: "2026-01",
};
