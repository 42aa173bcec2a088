import "server-only";
import { createHash, randomUUID } from "node:crypto";
import type { SessionUser } from "@/lib/auth/permissions";
import { buildLetter } from "@/lib/letters/build";
import { letterDocx } from "@/lib/letters/docx";
import type { Letter, LetterData, LetterLanguage, LetterRequest } from "@/lib/letters/types";
import { storage } from "@/lib/storage";
import { writeAudit } from "./audit";
import { getStatement } from "./budgets";
import { getClient } from "./clients";
import { newStorageKey } from "./document-store";
import { commitUpload } from "./document-uploads";
import { agencyToday, getDebt } from "./debts";
import { getAffordableOffer } from "./offers";
import { getAgencySettings } from "./settings";

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * The data of a hardship / proposal letter for one debt: the client, the latest income and
 * expenditure statement, the affordable offer for this debt and the request. Throws NotFoundError
 * (a 404) unless the user may see the client and the debt is theirs.
 */
export async function getLetterData(user: SessionUser, clientId: string, debtId: string, language: LetterLanguage, request: LetterRequest): Promise<LetterData> {
  const [client, debt] = await Promise.all([getClient(user, clientId), getDebt(user, clientId, debtId)]);
  const [offer, statement, settings, today] = await Promise.all([getAffordableOffer(user, clientId), getStatement(user, clientId, "latest"), getAgencySettings(), agencyToday()]);
  const distribution = offer.distribution;
  const share = distribution && distribution.kind !== "no_funds" ? (distribution.offers.find((o) => o.id === debt.id)?.amount ?? null) : null;
  const creditorName = language === "zh-CN" ? debt.creditorNameZh : debt.creditorNameEn;
  return {
    language,
    date: today,
    agencyName: settings.name,
    counsellorName: client.counsellorName,
    client: {
      fullName: client.fullName,
      reference: client.reference,
      adults: client.householdAdults,
      dependants: client.householdDependants,
      hardship: client.hardshipReasons,
      hardshipOther: client.hardshipOther,
    },
    creditorName,
    debt: { product: debt.product, accountMasked: debt.accountMasked, balance: debt.currentBalance, currency: debt.currency },
    statement: statement ? { date: statement.statementDate, ...statement.totals, currency: statement.currency } : null,
    offer: distribution?.kind === "no_funds" ? 0 : share,
    request,
  };
}

export async function getLetter(user: SessionUser, clientId: string, debtId: string, language: LetterLanguage, request: LetterRequest): Promise<Letter> {
  return buildLetter(await getLetterData(user, clientId, debtId, language, request));
}

/** The letter as DOCX bytes and its file name (authorised like getLetterData). */
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

/** Stores the DOCX among the client's documents (kind "other": a letter we sent, not one received). */
export async function saveLetterToDocuments(user: SessionUser, clientId: string, debtId: string, language: LetterLanguage, request: LetterRequest): Promise<{ id: string }> {
  const { fileName, bytes } = await getLetterDocx(user, clientId, debtId, language, request);
  const storageKey = await newStorageKey();
  await storage().put(storageKey, bytes, { size: bytes.length, contentType: DOCX_MIME });
  const { id } = await commitUpload(user, {
    clientId,
    kind: "other",
    idempotencyKey: randomUUID(),
    originalName: fileName,
    storageKey,
    mimeType: DOCX_MIME,
    sizeBytes: bytes.length,
    sha256: createHash("sha256").update(bytes).digest("hex"),
  });
  return { id };
}
