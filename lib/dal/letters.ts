import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { buildLetter } from "@/lib/letters/build";
import { requestProblems } from "@/lib/letters/checks";
import { letterDocx } from "@/lib/letters/docx";
import { withoutHealthDetails } from "@/lib/letters/health";
import type { Letter, LetterData, LetterLanguage, LetterProblems, LetterRequest } from "@/lib/letters/types";
import { writeAudit } from "./audit";
import { getStatement } from "./budgets";
import { getClient } from "./clients";
import { assertStaff } from "./client-access";
import { activeConsentScopes } from "./consents";
import { agencyToday, getDebt } from "./debts";
import { getAffordableOffer } from "./offers";
import { getAgencySettings } from "./settings";

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The client has no standing consent to their counsellor contacting creditors: no letter is written for them. */
export class CreditorConsentError extends Error {
  constructor() {
    super("creditor-contact consent required");
    this.name = "CreditorConsentError";
  }
}

/** The letter's typed options do not add up for this debt; `problems` says which field and why. */
export class LetterRequestError extends Error {
  constructor(readonly problems: LetterProblems) {
    super(`letter request refused: ${Object.keys(problems).join(", ")}`);
    this.name = "LetterRequestError";
  }
}

/** The consents a letter depends on, so the page can say what is missing before anything is typed. */
export async function getLetterConsents(user: SessionUser, clientId: string): Promise<{ creditorContact: boolean; sensitiveData: boolean }> {
  assertStaff(user);
  const scopes = await activeConsentScopes(user, clientId);
  return { creditorContact: scopes.has("creditor_contact"), sensitiveData: scopes.has("sensitive_data") };
}

/**
 * The data of a hardship / proposal letter for one debt: the client, the latest income and
 * expenditure statement, the affordable offer for this debt and the request. Throws NotFoundError
 * (a 404) unless the user may see the client and the debt is theirs; CreditorConsentError unless the
 * client's consent to contacting creditors is in force (the letter says they authorised us);
 * LetterRequestError when the request's figures do not add up for this debt.
 */
export async function getLetterData(user: SessionUser, clientId: string, debtId: string, language: LetterLanguage, request: LetterRequest): Promise<LetterData> {
  const [client, debt] = await Promise.all([getClient(user, clientId), getDebt(user, clientId, debtId)]);
  const [consent, today] = await Promise.all([getLetterConsents(user, clientId), agencyToday()]);
  if (!consent.creditorContact) throw new CreditorConsentError();
  const problems = requestProblems(request, { balance: debt.currentBalance }, today);
  if (Object.keys(problems).length) throw new LetterRequestError(problems);
  const [offer, settings] = await Promise.all([getAffordableOffer(user, clientId), getAgencySettings()]);
  // The figures come from the very statement version the offer was worked out from, even when a
  // newer one is saved in between: the letter's surplus and offer always agree.
  const statement = offer.statement ? await getStatement(user, clientId, offer.statement.id) : null;
  const distribution = offer.distribution;
  const share = distribution && distribution.kind !== "no_funds" ? (distribution.offers.find((o) => o.id === debt.id)?.amount ?? null) : null;
  const creditorName = language === "zh-CN" ? debt.creditorNameZh : debt.creditorNameEn;
  const circumstances = {
    fullName: client.fullName,
    reference: client.reference,
    adults: client.householdAdults,
    dependants: client.householdDependants,
    hardship: client.hardshipReasons,
    hardshipOther: client.hardshipOther,
  };
  return {
    language,
    date: today,
    agencyName: settings.name,
    counsellorName: client.counsellorName,
    // Health details go to a creditor only with the sensitive-data consent (rule in lib/letters/health.ts).
    client: consent.sensitiveData ? circumstances : withoutHealthDetails(circumstances),
    creditorName,
    debt: { product: debt.product, accountMasked: debt.accountMasked, balance: debt.currentBalance, currency: debt.currency },
    statement: statement ? { date: statement.statementDate, ...statement.totals, currency: statement.currency } : null,
    offer: distribution?.kind === "no_funds" ? { monthly: 0, token: false } : share === null ? null : { monthly: share, token: distribution?.kind === "token" },
    request,
  };
}

export async function getLetter(user: SessionUser, clientId: string, debtId: string, language: LetterLanguage, request: LetterRequest): Promise<Letter> {
  return buildLetter(await getLetterData(user, clientId, debtId, language, request));
}

/** The letter as DOCX bytes and its file name (authorised and refused like getLetterData). */
export async function getLetterDocx(user: SessionUser, clientId: string, debtId: string, language: LetterLanguage, request: LetterRequest) {
  const letter = await getLetter(user, clientId, debtId, language, request);
  return { fileName: letter.fileName, bytes: await letterDocx(letter, language) };
}

/** The DOCX handed to the user (the download route): audited like every other export of client data. */
export async function downloadLetterDocx(user: SessionUser, clientId: string, debtId: string, language: LetterLanguage, request: LetterRequest) {
  const docx = await getLetterDocx(user, clientId, debtId, language, request);
  await writeAudit({ actorId: user.id, action: "letter.downloaded", entityType: "debt", entityId: debtId, clientId, details: { language, requestType: request.type } });
  return docx;
}
