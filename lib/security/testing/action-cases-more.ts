import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { notifications, reviews } from "@/db/schema";
import { reportChange } from "@/lib/dal/change-reports";
import { acceptInvitation, createInvitation } from "@/lib/dal/invitations";
import { notify } from "@/lib/dal/notifications";
import { signOff } from "@/lib/dal/outcome-reviews";
import { createPlan, recordPayment } from "@/lib/dal/plans";
import { scheduleReview } from "@/lib/dal/review-schedule";
import { planSchema } from "@/lib/validation/plans";
import type { ActionCase } from "./action-cases";
import { STAFF, TEAM, dayFromNow, freshClient, freshDebt, freshInstalment, freshStaff, person, planFields, unique, zhangId } from "./fixtures";
import type { Outcome } from "./harness";

const S = "app/(staff)";
const C = `${S}/clients/[clientId]`;
const TF = "app/(auth)/two-factor/actions.ts";
const refusedOrLogin = (o: Outcome) => o.kind === "login" || o.kind === "refused" || o.kind === "notFound";

async function freshReview(): Promise<{ clientId: string; reviewId: string; version: number }> {
  const clientId = await freshClient();
  const { reviewId } = await scheduleReview(person("counsellor"), clientId, { dueOn: dayFromNow(30), reason: "First follow-up" });
  const [row] = await db().select({ version: reviews.version }).from(reviews).where(eq(reviews.id, reviewId));
  return { clientId, reviewId, version: row!.version };
}

async function freshPlanOnFreshClient(): Promise<{ clientId: string; planId: string }> {
  const clientId = await freshClient();
  const { id } = await createPlan(person("counsellor"), clientId, planSchema.parse(planFields(await freshDebt(clientId))));
  return { clientId, planId: id };
}

/** Actions added with reviews, notifications, supervision sign-off and two-factor sign-in. */
/** A fresh client of the counsellor with a portal account set up through an invitation. */
async function freshPortalClient(): Promise<string> {
  const clientId = await freshClient();
  const { token } = await createInvitation(person("counsellor"), { clientId, email: `${unique("portal").toLowerCase()}@example.test` });
  await acceptInvitation(token, "a perfectly long passphrase");
  return clientId;
}

export const MORE_ACTION_CASES: Record<string, ActionCase> = {
  [`${C}/plans/actions.ts#reversePaymentAction`]: {
    allowed: TEAM,
    note: "the target is a payment the counsellor recorded on a fresh client's plan",
    prepare: async () => {
      const clientId = await freshClient();
      const instalmentId = await freshInstalment(clientId);
      const { id } = await recordPayment(person("counsellor"), clientId, { instalmentId, outcome: "paid", amount: null, paidOn: "2026-01-10", note: null });
      return { bound: [clientId], fields: { paymentId: id, reason: "Recorded against the wrong instalment" } };
    },
  },
  [`${C}/plans/actions.ts#endPlanAction`]: {
    allowed: TEAM,
    note: "the target is an active plan on a fresh client",
    prepare: async () => {
      const { clientId, planId } = await freshPlanOnFreshClient();
      return { bound: [clientId], fields: { planId, reason: "Typed 12 months instead of 24" } };
    },
  },
  [`${C}/actions.ts#sendPortalLinkAction`]: { allowed: TEAM, prepare: async () => ({ fields: { clientId: await freshPortalClient() } }) },
  [`${C}/actions.ts#revokePortalAccessAction`]: { allowed: TEAM, prepare: async () => ({ fields: { clientId: await freshPortalClient() } }) },
  [`${TF}#verifySecondFactorAction`]: {
    allowed: "public",
    note: "only a half-signed-in session (password accepted, code owed) may use it; everyone else is sent to /login",
    prepare: async () => ({ fields: { code: "123456" } }),
    publicOutcome: (o) => o.kind === "login",
  },
  [`${TF}#confirmEnrolmentAction`]: {
    allowed: "public",
    note: "enrols the caller's own authenticator from a sealed offer; a forged offer is refused",
    prepare: async () => ({ fields: { offer: "forged-offer", code: "123456" } }),
    publicOutcome: refusedOrLogin,
  },
  [`${TF}#completeEnrolmentAction`]: {
    allowed: "public",
    shape: "form",
    note: "only a half-signed-in session may finish; everyone else is sent to /login",
    prepare: async () => ({ fields: { proof: "forged-proof" } }),
    publicOutcome: (o) => o.kind === "login",
  },
  [`${TF}#disableTwoFactorAction`]: {
    allowed: "public",
    note: "the caller's own second factor, with a current code; a wrong code is refused",
    prepare: async () => ({ fields: { code: "000000" } }),
    publicOutcome: refusedOrLogin,
  },
  [`${S}/admin/staff/actions.ts#resetTwoFactorAction`]: { allowed: ["admin"], prepare: async () => ({ fields: { staffId: await freshStaff() } }) },
  "app/(portal)/portal/changes/actions.ts#reportChangeAction": {
    allowed: ["client", "client2"],
    note: "a client reports a change on their own case only",
    prepare: async () => ({ fields: { kind: "lost_job", details: "Lost my job at the end of last month." } }),
  },
  [`${S}/notifications/actions.ts#markReadAction`]: {
    allowed: ["counsellor"],
    shape: "form",
    extraFields: "ignored",
    note: "the target is the counsellor's own notification; nobody else may mark it; only `id` is read",
    prepare: async () => {
      const dedupeKey = unique("n");
      await notify(db(), { userId: person("counsellor").id, kind: "assignment", link: "/clients", dedupeKey });
      const [row] = await db().select({ id: notifications.id }).from(notifications).where(eq(notifications.dedupeKey, dedupeKey));
      return { fields: { id: row!.id } };
    },
  },
  [`${S}/notifications/actions.ts#markAllReadAction`]: { allowed: STAFF, shape: "none", changes: false, extraFields: "none", prepare: async () => ({ fields: {} }) },
  [`${C}/reviews/actions.ts#scheduleReviewAction`]: {
    allowed: TEAM,
    prepare: async () => ({ bound: [await freshClient()], fields: { expected: "none", dueOn: dayFromNow(40), reason: "Check the new budget" } }),
  },
  [`${C}/reviews/actions.ts#cancelReviewAction`]: {
    allowed: TEAM,
    note: "the target is a review scheduled on a fresh client of the counsellor",
    prepare: async () => {
      const r = await freshReview();
      return { bound: [r.clientId], fields: { reviewId: r.reviewId, version: String(r.version), reason: "Client moved abroad" } };
    },
  },
  [`${C}/reviews/actions.ts#rescheduleReviewAction`]: {
    allowed: TEAM,
    prepare: async () => {
      const r = await freshReview();
      return { bound: [r.clientId], fields: { reviewId: r.reviewId, version: String(r.version), dueOn: dayFromNow(50), reason: "Client asked for later" } };
    },
  },
  [`${C}/reviews/actions.ts#completeReviewAction`]: {
    allowed: TEAM,
    prepare: async () => {
      const r = await freshReview();
      return {
        bound: [r.clientId, r.reviewId],
        fields: { version: String(r.version), outcome: "on_track", nextDueOn: dayFromNow(90), statementDate: dayFromNow(-3), currency: "CNY", category: "wages", description: "Salary", amount: "8000", frequency: "monthly" },
      };
    },
  },
  [`${C}/reviews/actions.ts#acknowledgeChangeAction`]: {
    allowed: TEAM,
    shape: "bound",
    extraFields: "none",
    note: "the target is a change 张伟 reported in the portal",
    prepare: async () => {
      const { reportId } = await reportChange(person("client"), { kind: "new_income", details: "Started a part-time job this week." });
      return { bound: [await zhangId(), reportId], fields: {} };
    },
  },
  [`${S}/supervision/reviews/actions.ts#signOffAction`]: {
    allowed: ["supervisor", "admin"],
    prepare: async () => {
      const { clientId, planId } = await freshPlanOnFreshClient();
      return { fields: { subject: "plan", clientId, planId, decision: "approved", comment: "" } };
    },
  },
  [`${S}/supervision/reviews/actions.ts#resolveCorrectionAction`]: {
    allowed: TEAM,
    prepare: async () => {
      const { clientId, planId } = await freshPlanOnFreshClient();
      const { id } = await signOff(person("supervisor"), { subject: "plan", clientId, planId, decision: "needs_correction", comment: "Please attach the agreement." });
      return { fields: { reviewId: id, note: "Agreement attached." } };
    },
  },
};
