import type { HardshipReason } from "@/db/schema/clients";
import type { LetterData } from "./types";

/** Hardship reasons that are health data: a letter names them only with the client's sensitive-data consent. */
const HEALTH_REASONS: readonly HardshipReason[] = ["illness_injury"];

/**
 * The client's circumstances as a letter may state them without a standing sensitive-data consent.
 *
 * The rule chosen: the letter still goes (the creditor-contact consent is what allows writing to the
 * creditor at all, and the request rests on the figures), but it says nothing about the client's
 * health — the illness reason is left out, and so is the client's own account of their hardship,
 * free text that may well describe it. The other reasons (job loss, falling income, a failed
 * business, a family emergency) are the financial circumstances any request to a creditor states.
 * Refusing the whole letter instead would stop a pause request for a client in crisis over a
 * sentence the letter can do without.
 */
export function withoutHealthDetails(client: LetterData["client"]): LetterData["client"] {
  return { ...client, hardship: client.hardship.filter((reason) => !HEALTH_REASONS.includes(reason)), hardshipOther: null };
}

/** Whether `withoutHealthDetails` would leave anything out of this client's letter (the page says so when it does). */
export function hasHealthDetails(client: Pick<LetterData["client"], "hardship" | "hardshipOther">): boolean {
  return Boolean(client.hardshipOther) || client.hardship.some((reason) => HEALTH_REASONS.includes(reason));
}
