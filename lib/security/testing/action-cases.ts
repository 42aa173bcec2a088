import { getAgencySettingsForEdit } from "@/lib/dal/settings";
import { MORE_ACTION_CASES } from "./action-cases-more";
import type { Outcome } from "./harness";
import {
  STAFF,
  TEAM,
  creditorFields,
  debtFields,
  entryFields,
  freshClient,
  freshConsent,
  freshCreditor,
  freshDebt,
  freshDocument,
  freshEntry,
  freshInstalment,
  freshRequest,
  freshStaff,
  intakeFields,
  person,
  planFields,
  unique,
  type Who,
} from "./fixtures";

type Fields = Record<string, string | string[]>;
export type Call = { bound?: unknown[]; fields: Fields };

export type ActionCase = {
  /** Who may use it on a row of `counsellor`'s client; "public" actions are checked with `publicOutcome`. */
  allowed: Who[] | "public";
  /** How the action is called: (prev, formData), (formData) or (). Bound arguments come first. */
  shape?: "state" | "form" | "none" | "bound";
  /** A fresh target for this call (set up before the database is fingerprinted), and the form. */
  prepare: (who: Who) => Promise<Call>;
  /** For allowed callers: false when a successful call may leave the data as it was. */
  changes?: boolean;
  publicOutcome?: (outcome: Outcome, who: Who) => boolean;
  /** "refused": unexpected fields (role, counsellorId, status, clientId) are refused; "ignored": never read. */
  extraFields?: "refused" | "ignored" | "none";
  note?: string;
};

const PASSWORDS: Record<string, string> = {
  admin: "demo-admin-passphrase",
  supervisor: "demo-supervisor-passphrase",
  otherSupervisor: "demo-supervisor-passphrase",
  client: "demo-client-passphrase",
  client2: "demo-client-passphrase",
};
const passwordOf = (who: Who) => PASSWORDS[who] ?? "demo-counsellor-passphrase";

const A = "app/(staff)";
const COUNSELLORS: Who[] = ["counsellor", "counsellor2", "otherCounsellor"];
const C = `${A}/clients/[clientId]`;

/** Every server action in app/ and who may call it. A discovered action missing here fails the test. */
export const ACTION_CASES: Record<string, ActionCase> = {
  "app/(auth)/invite/[token]/actions.ts#acceptInvitationAction": {
    allowed: "public",
    note: "the token is the credential; an unknown token is refused for everyone",
    prepare: async () => ({ fields: { token: "A".repeat(43), password: "a perfectly long passphrase", confirm: "a perfectly long passphrase" } }),
    publicOutcome: (o) => o.kind === "refused",
  },
  "app/(auth)/login/actions.ts#signInAction": {
    allowed: "public",
    note: "a wrong password is refused for everyone",
    prepare: async () => ({ fields: { email: "counsellor@demo.accord.test", password: "not the password" } }),
    publicOutcome: (o) => o.kind === "refused",
  },
  "app/(auth)/password/actions.ts#changePasswordAction": {
    allowed: ["client", "client2", "counsellor", "counsellor2", "otherCounsellor", "supervisor", "otherSupervisor", "admin"],
    note: "each signed-in person changes their own password only",
    prepare: async (who) => {
      const next = `a brand new passphrase for ${who} ${unique("p")}`;
      return { fields: { current: passwordOf(who), next, confirm: next } };
    },
  },
  "app/actions/locale.ts#setLocaleAction": {
    allowed: "public",
    shape: "form",
    note: "anyone picks a display language; only their own account row may change",
    prepare: async () => ({ fields: { locale: "en" } }),
    publicOutcome: (o) => o.kind === "void",
    extraFields: "ignored",
  },
  "app/actions/session.ts#signOutAction": {
    allowed: "public",
    shape: "none",
    note: "ends the caller's own sessions only",
    prepare: async () => ({ fields: {} }),
    publicOutcome: (o) => o.kind === "login",
    extraFields: "none",
  },
  [`${A}/admin/creditors/actions.ts#createCreditorAction`]: { allowed: ["admin"], prepare: async () => ({ fields: creditorFields() }) },
  [`${A}/admin/creditors/actions.ts#updateCreditorAction`]: {
    allowed: ["admin"],
    prepare: async () => ({ fields: { ...creditorFields(), creditorId: await freshCreditor(), version: "1" } }),
  },
  [`${A}/admin/evidence/actions.ts#purgeDocumentsAction`]: { allowed: ["admin"], changes: false, prepare: async () => ({ fields: {} }) },
  [`${A}/admin/evidence/actions.ts#saveChecklistAction`]: {
    allowed: ["admin"],
    changes: false,
    prepare: async () => ({ fields: { requestType: "payment_extension", kinds: ["income_proof", "bank_statement"] } }),
  },
  [`${A}/admin/settings/actions.ts#saveAgencySettingsAction`]: {
    allowed: ["admin"],
    prepare: async () => ({
      fields: {
        name: unique("Agency"), timeZone: "Asia/Shanghai", currency: "CNY", reviewAfterAgreementDays: "30", reviewIntervalDays: "90",
        version: (await getAgencySettingsForEdit(person("admin"))).version,
      },
    }),
  },
  [`${A}/admin/staff/actions.ts#createStaffAction`]: {
    allowed: ["admin"],
    prepare: async () => {
      const name = unique("newstaff");
      return { fields: { name, email: `${name.toLowerCase()}@example.test`, role: "counsellor", locale: "en" } };
    },
  },
  [`${A}/admin/staff/actions.ts#setStaffActiveAction`]: { allowed: ["admin"], prepare: async () => ({ fields: { staffId: await freshStaff(), active: "false" } }) },
  [`${A}/admin/staff/actions.ts#resetStaffPasswordAction`]: { allowed: ["admin"], prepare: async () => ({ fields: { staffId: await freshStaff() } }) },
  [`${A}/admin/staff/actions.ts#assignSupervisorAction`]: {
    allowed: ["admin"],
    prepare: async () => ({ fields: { staffId: await freshStaff(), supervisorId: person("supervisor").id } }),
  },
  [`${A}/clients/actions.ts#createClientAction`]: {
    allowed: ["counsellor", "counsellor2", "otherCounsellor", "supervisor", "admin"],
    note: "counsellors take their own clients; a supervisor names a counsellor of their team, an admin anyone",
    prepare: async (who) => ({ fields: COUNSELLORS.includes(who) ? intakeFields() : { ...intakeFields(), counsellorId: person("counsellor").id } }),
  },
  [`${A}/clients/actions.ts#assignClientsAction`]: {
    allowed: ["supervisor", "admin"],
    prepare: async () => ({ fields: { clientIds: [await freshClient()], counsellorId: person("counsellor2").id } }),
  },
  [`${C}/actions.ts#updateClientAction`]: {
    allowed: TEAM,
    prepare: async () => ({ fields: { ...intakeFields(unique("Renamed")), clientId: await freshClient(), version: "1" } }),
  },
  [`${C}/actions.ts#changeStatusAction`]: { allowed: TEAM, prepare: async () => ({ fields: { clientId: await freshClient(), version: "1", to: "active" } }) },
  [`${C}/actions.ts#recordConsentAction`]: {
    allowed: TEAM,
    prepare: async () => ({ fields: { clientId: await freshClient(), scope: "creditor_contact", method: "in_person", wordingVersion: "v1", confirmed: "on" } }),
  },
  [`${C}/actions.ts#withdrawConsentAction`]: {
    allowed: TEAM,
    prepare: async () => {
      const clientId = await freshClient();
      return { fields: { clientId, consentId: await freshConsent(clientId), note: "asked to stop" } };
    },
  },
  [`${C}/actions.ts#inviteClientAction`]: {
    allowed: TEAM,
    prepare: async () => ({ fields: { clientId: await freshClient(), email: `${unique("invitee").toLowerCase()}@example.test` } }),
  },
  [`${C}/budget/actions.ts#createStatementAction`]: {
    allowed: TEAM,
    prepare: async () => ({
      bound: [await freshClient()],
      fields: { statementDate: "2025-06-01", currency: "CNY", category: ["wages", "housing"], description: ["Salary", "Flat"], amount: ["8000", "3000"], frequency: ["monthly", "monthly"] },
    }),
  },
  [`${C}/debts/actions.ts#createDebtAction`]: { allowed: TEAM, prepare: async () => ({ bound: [await freshClient()], fields: await debtFields() }) },
  [`${C}/debts/actions.ts#updateDebtAction`]: {
    allowed: TEAM,
    prepare: async () => {
      const clientId = await freshClient();
      return { bound: [clientId], fields: { ...(await debtFields()), currentBalance: "8000", debtId: await freshDebt(clientId), version: "1" } };
    },
  },
  [`${C}/documents/actions.ts#createRequestAction`]: {
    allowed: TEAM,
    prepare: async () => ({ fields: { clientId: await freshClient(), title: "Three payslips", kind: "income_proof", dueDate: "", note: "" } }),
  },
  [`${C}/documents/actions.ts#cancelRequestAction`]: {
    allowed: TEAM,
    prepare: async () => {
      const clientId = await freshClient();
      return { fields: { clientId, requestId: await freshRequest(clientId) } };
    },
  },
  [`${C}/documents/actions.ts#reviewDocumentAction`]: {
    allowed: TEAM,
    prepare: async () => {
      const clientId = await freshClient();
      return { fields: { clientId, documentId: await freshDocument(clientId), decision: "accepted" } };
    },
  },
  [`${C}/documents/actions.ts#withdrawDocumentAction`]: {
    allowed: TEAM,
    prepare: async () => {
      const clientId = await freshClient();
      return { fields: { clientId, documentId: await freshDocument(clientId), reason: "wrong file" } };
    },
  },
  [`${C}/letters/actions.ts#saveLetterAction`]: {
    allowed: TEAM,
    note: "a letter goes to creditors only with the client's creditor-contact consent on record",
    prepare: async () => {
      const clientId = await freshClient();
      await freshConsent(clientId);
      return { bound: [clientId], fields: { debt: await freshDebt(clientId), lang: "zh-CN", type: "payment_extension", months: "6" } };
    },
  },
  [`${C}/negotiations/actions.ts#logEntryAction`]: {
    allowed: TEAM,
    prepare: async () => {
      const clientId = await freshClient();
      return { bound: [clientId], fields: entryFields(await freshDebt(clientId)) };
    },
  },
  [`${C}/negotiations/actions.ts#confirmAgreementAction`]: {
    allowed: TEAM,
    prepare: async () => {
      const clientId = await freshClient();
      return { bound: [clientId], fields: { entryId: await freshEntry(clientId, await freshDebt(clientId)), reference: "CS-2025-001" } };
    },
  },
  [`${C}/plans/actions.ts#createPlanAction`]: {
    allowed: TEAM,
    prepare: async () => {
      const clientId = await freshClient();
      return { bound: [clientId], fields: planFields(await freshDebt(clientId)) };
    },
  },
  [`${C}/plans/actions.ts#recordPaymentAction`]: {
    allowed: TEAM,
    prepare: async () => {
      const clientId = await freshClient();
      return { bound: [clientId], fields: { instalmentId: await freshInstalment(clientId), currency: "CNY", outcome: "paid", amount: "", paidOn: "2026-01-10" } };
    },
  },
};

export { STAFF };

// Later features keep their entries beside each other; the test reads the merged list.
Object.assign(ACTION_CASES, MORE_ACTION_CASES);
