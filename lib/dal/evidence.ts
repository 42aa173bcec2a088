import "server-only";
import { and, asc, eq, inArray, isNull, notInArray } from "drizzle-orm";
import { db } from "@/db/client";
import {
  documentKinds,
  documentRequests,
  documents,
  evidenceChecklist,
  evidenceRequestTypes,
  sensitiveDocumentKinds,
  type DocumentKind,
  type EvidenceRequestType,
} from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import type { ChecklistInput } from "@/lib/validation/documents";
import { assertClientVisible } from "./access";
import { writeAudit } from "./audit";
import { assertStaff } from "./client-access";
import { NotFoundError } from "./errors";

export type Checklist = Record<EvidenceRequestType, DocumentKind[]>;

/** The whole checklist, every request type present (an empty list when an admin cleared it). */
export async function getEvidenceChecklist(user: SessionUser): Promise<Checklist> {
  assertStaff(user);
  const rows = await db().select({ requestType: evidenceChecklist.requestType, kind: evidenceChecklist.kind }).from(evidenceChecklist);
  const out = Object.fromEntries(evidenceRequestTypes.map((t) => [t, [] as DocumentKind[]])) as Checklist;
  for (const row of rows) out[row.requestType].push(row.kind);
  return out;
}

/** Replaces the kinds one request type needs. Admin only. */
export async function setEvidenceKinds(user: SessionUser, input: ChecklistInput): Promise<void> {
  if (user.role !== "admin") throw new NotFoundError("page");
  await db().transaction(async (tx) => {
    const before = await tx.select({ kind: evidenceChecklist.kind }).from(evidenceChecklist).where(eq(evidenceChecklist.requestType, input.requestType));
    const removed = input.kinds.length
      ? and(eq(evidenceChecklist.requestType, input.requestType), notInArray(evidenceChecklist.kind, input.kinds))
      : eq(evidenceChecklist.requestType, input.requestType);
    await tx.delete(evidenceChecklist).where(removed);
    if (input.kinds.length) {
      await tx
        .insert(evidenceChecklist)
        .values(input.kinds.map((kind) => ({ requestType: input.requestType, kind, updatedById: user.id })))
        .onConflictDoNothing();
    }
    await writeAudit(
      {
        actorId: user.id,
        action: "evidence_checklist.updated",
        entityType: "evidence_checklist",
        entityId: input.requestType,
        details: { before: before.map((r) => r.kind), after: input.kinds },
      },
      tx,
    );
  });
}

export type ReadinessItem = {
  kind: DocumentKind;
  state: "accepted" | "pending" | "missing";
  /** An open request already asks the client for this evidence (not yet accepted); null otherwise. */
  requested: { dueDate: string | null } | null;
};
export type EvidenceReadiness = { requestType: EvidenceRequestType; items: ReadinessItem[]; ready: boolean };

const hardship = sensitiveDocumentKinds as readonly DocumentKind[];

// Any accepted hardship evidence (medical, unemployment, other) answers a "hardship" line.
function satisfying(kind: DocumentKind): readonly DocumentKind[] {
  return hardship.includes(kind) ? hardship : [kind];
}

/**
 * For one client and request type: each kind of evidence the checklist names, whether the client
 * has it accepted, waiting for review, or missing, and whether it has already been asked for.
 * Withdrawn and rejected files do not count.
 */
export async function evidenceReadiness(user: SessionUser, clientId: string, requestType: EvidenceRequestType): Promise<EvidenceReadiness> {
  assertStaff(user);
  await assertClientVisible(user, clientId);
  const needed = await db().select({ kind: evidenceChecklist.kind }).from(evidenceChecklist).where(eq(evidenceChecklist.requestType, requestType));
  const [present, open] = needed.length
    ? await Promise.all([
        db()
          .selectDistinct({ kind: documents.kind, status: documents.reviewStatus })
          .from(documents)
          .where(and(eq(documents.clientId, clientId), isNull(documents.deletedAt), inArray(documents.reviewStatus, ["accepted", "pending"]))),
        db()
          .select({ kind: documentRequests.kind, dueDate: documentRequests.dueDate })
          .from(documentRequests)
          .where(and(eq(documentRequests.clientId, clientId), eq(documentRequests.status, "open")))
          .orderBy(asc(documentRequests.dueDate)),
      ])
    : [[], []];
  const items = needed
    .map(({ kind }): ReadinessItem => {
      const matches = present.filter((p) => satisfying(kind).includes(p.kind));
      const state: ReadinessItem["state"] = matches.some((m) => m.status === "accepted") ? "accepted" : matches.length ? "pending" : "missing";
      // Soonest due first (ascending puts a request with no due date last).
      const request = state === "accepted" ? undefined : open.find((r) => satisfying(kind).includes(r.kind));
      return { kind, state, requested: request ? { dueDate: request.dueDate } : null };
    })
    .sort((a, b) => documentKinds.indexOf(a.kind) - documentKinds.indexOf(b.kind));
  return { requestType, items, ready: items.every((i) => i.state === "accepted") };
}
