"use client";

import { useTranslations } from "next-intl";
import type { LikelyOutcome } from "@/lib/dal/outcome-history";

/** The agency's own history with this creditor for this request: a rate only from 5 requests, always with n. */
export function LikelyOutcomePanel({ outcome, ready }: { outcome: LikelyOutcome | undefined; ready: boolean }) {
  const t = useTranslations("negotiations");
  let body: string[];
  if (!ready) body = [t("likelyPick")];
  else if (!outcome || outcome.agreementRate === null) body = [t("likelyTooFew", { n: outcome?.n ?? 0 })];
  else {
    body = [t("likely", { rate: `${Math.round(outcome.agreementRate * 100)}%`, n: outcome.n })];
    if (outcome.medianMonths !== null) body.push(t("likelyMonths", { months: outcome.medianMonths }));
  }
  return (
    <aside aria-labelledby="likely-heading" aria-live="polite" className="rounded-[var(--radius-card)] border border-line bg-info-bg p-4 text-info-fg">
      <h3 id="likely-heading" className="font-semibold">
        {t("likelyTitle")}
      </h3>
      {body.map((line) => (
        <p key={line} className="mt-1 text-sm">
          {line}
        </p>
      ))}
    </aside>
  );
}
