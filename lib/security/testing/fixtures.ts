import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { clients, creditors, instalments, negotiationEntries, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { createClient } from "@/lib/dal/clients";
import { recordConsent } from "@/lib/dal/consents";
import { createCreditor } from "@/lib/dal/creditors";
import { createDebt } from "@/lib/dal/debts";
import { createDocumentRequest } from "@/lib/dal/document-requests";
import { logNegotiationEntry } from "@/lib/dal/negotiations";
import { createPlan } from "@/lib/dal/plans";
import { createStaff } from "@/lib/dal/staff";
import { uploadAs } from "@/lib/documents/testing/fixtures";
import { sessionFor } from "@/lib/testing/db";
import { intakeSchema } from "@/lib/validation/clients";
import { newCreditorSchema } from "@/lib/validation/creditors";
import { newDebtSchema } from "@/lib/validation/debts";
import { negotiationEntrySchema } from "@/lib/validation/negotiations";
import { planSchema } from "@/lib/validation/plans";

/** The sessions of the matrix. 张伟 and every fresh target belong to `counsellor`, in `supervisor`'s team. */
export const WHO = ["anonymous", "client", "client2", "counsellor", "counsellor2", "otherCounsellor", "supervisor", "otherSupervisor", "admin"] as const;
export type Who = (typeof WHO)[number];
const EMAIL: Record<Exclude<Who, "anonymous">, string> = {
  client: "client@demo.accord.test",
  client2: "client2@demo.accord.test",
  counsellor: "counsellor@demo.accord.test",
  counsellor2: "counsellor2@demo.accord.test",
  otherCounsellor: "counsellor3@demo.accord.test",
  supervisor: "supervisor@demo.accord.test",
  otherSupervisor: "supervisor2@demo.accord.test",
  admin: "admin@demo.accord.test",
};

export const people: Partial<Record<Who, SessionUser>> = {};
export async function loadPeople(): Promise<void> {
  for (const [who, email] of Object.entries(EMAIL)) people[who as Who] = await sessionFor(email);
}
export const person = (who: Who): SessionUser => people[who] ?? (() => { throw new Error(`no session for ${who}`); })();
export const userOf = (who: Who): SessionUser | null => (who === "anonymous" ? null : person(who));

/** What no refusal may give away: 张伟's phone number (the seed's), and any fresh client's marker. */
export const SECRET_MARKERS = ["+86 138 0013 8000", "SECRET-MARKER"];

export const STAFF: Who[] = ["counsellor", "counsellor2", "otherCounsellor", "supervisor", "otherSupervisor", "admin"];
export const TEAM: Who[] = ["counsellor", "supervisor", "admin"];

let seq = 0;
export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++seq}`;

export const intakeFields = (name = unique("Client")) => ({
  fullName: name,
  phone: "13800138001",
  email: "",
  dateOfBirth: "",
  preferredLanguage: "zh-CN",
  householdAdults: "1",
  householdDependants: "0",
  employmentStatus: "employed",
  notes: "SECRET-MARKER",
});

export async function freshClient(): Promise<string> {
  return (await createClient(person("counsellor"), intakeSchema.parse(intakeFields()))).id;
}

export async function firstCreditor(): Promise<string> {
  const [row] = await db().select({ id: creditors.id }).from(creditors).orderBy(asc(creditors.nameEn)).limit(1);
  return row!.id;
}

export const debtFields = async () => ({
  creditorId: await firstCreditor(),
  product: "Loan",
  accountReference: "",
  currency: "CNY",
  originalPrincipal: "12000",
  currentBalance: "9000",
  instalment: "",
  rate: "0.05",
  rateKind: "daily",
  penaltyMultiplier: "",
  dueDay: "",
  daysPastDue: "",
  overdueSince: "",
  status: "current",
  priorityKind: "",
});

export async function freshDebt(clientId: string): Promise<string> {
  const { daysPastDue: _d, overdueSince: _o, ...write } = newDebtSchema.parse(await debtFields());
  return (await createDebt(person("counsellor"), clientId, { ...write, overdueSince: null })).id;
}

export async function freshDocument(clientId: string): Promise<string> {
  return (await uploadAs(person("counsellor"), { clientId })).id;
}

export async function freshRequest(clientId: string): Promise<string> {
  return (await createDocumentRequest(person("counsellor"), { clientId, title: "Payslips", kind: "income_proof", dueDate: null, note: null })).id;
}

export async function freshConsent(clientId: string): Promise<string> {
  const input = { clientId, scope: "creditor_contact", method: "in_person", wordingVersion: "v1", confirmed: "on" } as const;
  return (await recordConsent(person("counsellor"), input)).id;
}

export const entryFields = (debtId: string, outcome = "agreed") => ({
  debtId,
  currency: "CNY",
  contactedAt: "2025-06-01T10:00",
  channel: "phone",
  counterpartName: "Agent Li",
  requestType: "payment_extension",
  requestedMonths: "6",
  outcome,
  ...(outcome === "agreed" ? { grantedMonths: "6" } : {}),
});

export async function freshEntry(clientId: string, debtId: string): Promise<string> {
  const input = negotiationEntrySchema({ timeZone: "Asia/Shanghai", now: new Date() }).parse(entryFields(debtId));
  const { id } = await logNegotiationEntry(person("counsellor"), clientId, input);
  const [row] = await db().select({ id: negotiationEntries.id }).from(negotiationEntries).where(eq(negotiationEntries.id, id));
  return row!.id;
}

export const planFields = (debtId: string) => ({ debtId, currency: "CNY", kind: "instalments", startDate: "2026-01-10", months: "3" });

/** A fresh plan on a fresh debt: the first instalment's id. */
export async function freshInstalment(clientId: string): Promise<string> {
  const debtId = await freshDebt(clientId);
  const { id } = await createPlan(person("counsellor"), clientId, planSchema.parse(planFields(debtId)));
  const [row] = await db().select({ id: instalments.id }).from(instalments).where(eq(instalments.planId, id)).orderBy(asc(instalments.dueDate)).limit(1);
  return row!.id;
}

export const creditorFields = () => ({ nameEn: unique("Lender"), nameZh: unique("贷款"), type: "bank" });

export async function freshCreditor(): Promise<string> {
  return (await createCreditor(person("admin"), newCreditorSchema.parse(creditorFields()))).id;
}

export async function freshStaff(): Promise<string> {
  const name = unique("staff");
  return (await createStaff(person("admin"), { name, email: `${name.toLowerCase()}@example.test`, role: "counsellor", locale: "en", supervisorId: null })).id;
}

export async function zhangId(): Promise<string> {
  const [row] = await db().select({ id: clients.id }).from(clients).where(and(eq(clients.fullName, "张伟")));
  return row!.id;
}

export async function roleOf(who: Who): Promise<string | undefined> {
  const [row] = await db().select({ role: users.role }).from(users).where(eq(users.id, person(who).id));
  return row?.role;
}

export { randomUUID };

/** A day `days` from now (agency time is at most a day ahead of UTC; callers keep a margin). */
export const dayFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
