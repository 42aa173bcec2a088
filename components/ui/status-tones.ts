import type { ClientStatus } from "@/db/schema/clients";
import type { DebtStatus } from "@/db/schema/debts";
import type { NegotiationOutcome } from "@/db/schema/negotiations";
import type { InstalmentStatus, PlanStatus } from "@/db/schema/plans";
import type { ReviewOutcome } from "@/db/schema/reviews";
import type { Tone } from "./badge";

// One colour scale for states across the product; later state families add their maps here.
// The scale, so one meaning has one colour everywhere (case, debt, document, outcome):
//   neutral — not started yet, or finished with nothing left to do (intake, closed, settled)
//   info    — in progress, nothing needed from anyone right now (active, monitoring, pending review)
//   warning — waiting or needs attention soon (negotiating, paused, requested, no response)
//   success — agreed, accepted, on track (plan agreed, accepted, on track)
//   danger  — overdue, rejected, or severe consequences (overdue, in collection, rejected, escalate)
export const clientStatusTone: Record<ClientStatus, Tone> = {
  intake: "neutral",
  active: "info",
  negotiating: "warning",
  plan_agreed: "success",
  monitoring: "info",
  closed: "neutral",
};

export const debtStatusTone: Record<DebtStatus, Tone> = {
  current: "success",
  overdue: "danger",
  in_collection: "danger",
  paused: "warning",
  plan_agreed: "success",
  settled: "neutral",
  written_off: "neutral",
};

/** Document review state; a withdrawn document shows "withdrawn" whatever its review said. */
export const documentStatusTone: Record<"pending" | "accepted" | "rejected" | "withdrawn", Tone> = {
  pending: "info",
  accepted: "success",
  rejected: "danger",
  withdrawn: "neutral",
};

export const documentRequestStatusTone: Record<"open" | "fulfilled" | "cancelled" | "overdue", Tone> = {
  open: "warning",
  fulfilled: "success",
  cancelled: "neutral",
  overdue: "danger",
};

export const negotiationOutcomeTone: Record<NegotiationOutcome, Tone> = {
  agreed: "success",
  partially_agreed: "success",
  rejected: "danger",
  pending: "warning",
  no_response: "warning",
  escalated: "danger",
};

export const planStatusTone: Record<PlanStatus, Tone> = { active: "info", completed: "neutral", broken: "danger", ended: "warning" };

export const instalmentStatusTone: Record<InstalmentStatus, Tone> = { due: "info", paid: "success", partly_paid: "warning", missed: "danger" };

/** A recorded payment or miss: still counted, or reversed (kept in the list, counted nowhere). */
export const paymentRecordTone: Record<"standing" | "reversed", Tone> = { standing: "info", reversed: "neutral" };

export const reviewOutcomeTone: Record<ReviewOutcome, Tone> = { on_track: "success", needs_adjustment: "warning", escalate: "danger" };

/** A scheduled review by its due day: overdue, due within a week, or later. */
export const reviewDueTone: Record<"overdue" | "soon" | "later", Tone> = { overdue: "danger", soon: "warning", later: "info" };
