// How well the client kept to their repayment plans, for the review form. Pure arithmetic over the
// instalment schedule as recorded; amounts in integer minor units.
import type { InstalmentStatus } from "@/db/schema/plans";

export type AdherenceInstalment = { dueDate: string; amountDue: number; amountPaid: number; status: InstalmentStatus };
/** `endedOn`: the day a plan was ended early (lib/dal/plan-endings.ts); its unpaid instalments from then on no longer count. */
export type AdherencePlan = { id: string; debtId: string; currency: string; kind: "instalments" | "pause"; endedOn?: string | null; instalments: AdherenceInstalment[] };

export type PlanAdherence = {
  planId: string;
  debtId: string;
  currency: string;
  paid: number;
  partlyPaid: number;
  /** Recorded as missed, or past due with nothing paid. */
  missed: number;
  /** Not yet due. */
  upcoming: number;
  /** What should have been paid by today and was not. */
  arrears: number;
};

export type Adherence = {
  paid: number;
  partlyPaid: number;
  missed: number;
  upcoming: number;
  /** Arrears per currency, largest first; empty when nothing is owed. */
  arrears: { currency: string; amount: number }[];
  plans: PlanAdherence[];
  /** No missed instalment and no arrears on any plan. */
  onTrack: boolean;
};

function planAdherence(plan: AdherencePlan, today: string): PlanAdherence {
  const out: PlanAdherence = { planId: plan.id, debtId: plan.debtId, currency: plan.currency, paid: 0, partlyPaid: 0, missed: 0, upcoming: 0, arrears: 0 };
  for (const row of plan.instalments) {
    if (plan.endedOn && row.dueDate >= plan.endedOn && row.status !== "paid") continue;
    const pastDue = row.dueDate < today;
    if (row.status === "paid") out.paid += 1;
    else if (row.status === "partly_paid") out.partlyPaid += 1;
    else if (row.status === "missed" || pastDue) out.missed += 1;
    else out.upcoming += 1;
    if (row.status !== "paid" && (pastDue || row.status === "missed")) out.arrears += Math.max(row.amountDue - row.amountPaid, 0);
  }
  return out;
}

/** Adherence over every instalment plan of the client as of `today` (agency calendar date). Pauses have no schedule. */
export function planAdherenceSummary(plans: readonly AdherencePlan[], today: string): Adherence {
  const perPlan = plans.filter((p) => p.kind === "instalments").map((p) => planAdherence(p, today));
  const arrears = new Map<string, number>();
  for (const p of perPlan) if (p.arrears > 0) arrears.set(p.currency, (arrears.get(p.currency) ?? 0) + p.arrears);
  const sum = (key: "paid" | "partlyPaid" | "missed" | "upcoming") => perPlan.reduce((n, p) => n + p[key], 0);
  const missed = sum("missed");
  return {
    paid: sum("paid"),
    partlyPaid: sum("partlyPaid"),
    missed,
    upcoming: sum("upcoming"),
    arrears: [...arrears.entries()].map(([currency, amount]) => ({ currency, amount })).sort((a, b) => b.amount - a.amount),
    plans: perPlan,
    onTrack: missed === 0 && arrears.size === 0,
  };
}

/** Arrears in one currency (the snapshot stored on a completed review), 0 when none. */
export function arrearsIn(adherence: Adherence, currency: string): number {
  return adherence.arrears.find((a) => a.currency === currency)?.amount ?? 0;
}
