type PlanLike = {
  status: string;
  currency: string;
  instalments: { dueDate: string; amountDue: number; amountPaid: number; status: string }[];
};

/** The earliest instalment still owed on an active plan, with what is left to pay on it. */
export function nextInstalment(plans: PlanLike[]): { dueDate: string; amount: number; currency: string } | null {
  let next: { dueDate: string; amount: number; currency: string } | null = null;
  for (const plan of plans) {
    if (plan.status !== "active") continue;
    for (const row of plan.instalments) {
      if (row.status === "paid" || row.amountDue <= row.amountPaid) continue;
      if (!next || row.dueDate < next.dueDate) next = { dueDate: row.dueDate, amount: row.amountDue - row.amountPaid, currency: plan.currency };
    }
  }
  return next;
}
