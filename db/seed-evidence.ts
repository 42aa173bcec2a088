import type { Db } from "./client";
import { evidenceChecklist, type DocumentKind, type EvidenceRequestType } from "./schema";

type Executor = Pick<Db, "insert">;

/** What creditors usually ask for before agreeing to each kind of request; an admin can change it. */
export const DEFAULT_EVIDENCE: Record<EvidenceRequestType, DocumentKind[]> = {
  collection_pause: ["income_proof", "bank_statement", "hardship_other"],
  payment_extension: ["income_proof", "bank_statement", "expense_record"],
  instalment_plan: ["income_proof", "bank_statement", "expense_record", "id_document"],
  interest_waiver: ["income_proof", "bank_statement", "hardship_other", "creditor_letter"],
  penalty_waiver: ["income_proof", "hardship_other", "creditor_letter"],
  settlement: ["income_proof", "bank_statement", "expense_record", "hardship_other", "creditor_letter", "id_document"],
};

/** Inserts the default checklist; rows an admin already has are left alone. */
export async function seedEvidenceChecklist(executor: Executor): Promise<void> {
  const rows = Object.entries(DEFAULT_EVIDENCE).flatMap(([requestType, kinds]) =>
    kinds.map((kind) => ({ requestType: requestType as EvidenceRequestType, kind })),
  );
  await executor.insert(evidenceChecklist).values(rows).onConflictDoNothing();
}
