import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { consentScopes } from "@/db/schema/consents";
import { CURRENT_CONSENT_WORDING } from "@/lib/clients/consent-wording";
import type { listConsents } from "@/lib/dal/consents";
import { RecordConsentForm, WithdrawConsentButton } from "./consent-forms";

type Consent = Awaited<ReturnType<typeof listConsents>>[number];

/** Consents on file, standing and withdrawn, and a form for a new one. */
export async function ConsentPanel({ clientId, consents }: { clientId: string; consents: Consent[] }) {
  const [t, format] = await Promise.all([getTranslations("consent"), getFormatter()]);
  const active = new Set(consents.filter((c) => !c.withdrawnAt).map((c) => c.scope));
  const sensitive = active.has("sensitive_data");
  const open = consentScopes.filter((s) => !active.has(s)).map((scope) => ({ scope, wordingVersion: CURRENT_CONSENT_WORDING[scope] }));
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <Card aria-labelledby="consent-heading">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="consent-heading" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <Badge tone={sensitive ? "success" : "warning"}>{t(sensitive ? "sensitiveGiven" : "sensitiveMissing")}</Badge>
      </div>
      {consents.length === 0 ? <p className="mt-2 text-ink-muted">{t("none")}</p> : null}
      <ul className="mt-3 space-y-3">
        {consents.map((c) => (
          <li key={c.id} className="rounded-[var(--radius-control)] border border-line p-3 text-sm">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <span className="font-medium">{t(`scope.${c.scope}`)}</span>
              <Badge tone={c.withdrawnAt ? "neutral" : "success"}>{t(c.withdrawnAt ? "withdrawn" : "active")}</Badge>
            </div>
            <p className="text-ink-muted">
              {t("given", { when: when(c.givenAt), method: t(`method.${c.method}`), by: c.recordedByName, version: c.wordingVersion })}
            </p>
            {c.withdrawnAt ? (
              <p className="text-ink-muted">
                {t("withdrawnBy", { when: when(c.withdrawnAt), by: c.withdrawnByName ?? "—" })}
                {c.withdrawalNote ? ` — ${c.withdrawalNote}` : ""}
              </p>
            ) : (
              <div className="mt-2">
                <WithdrawConsentButton clientId={clientId} consentId={c.id} label={t(`scope.${c.scope}`)} />
              </div>
            )}
          </li>
        ))}
      </ul>
      <RecordConsentForm clientId={clientId} scopes={open} />
    </Card>
  );
}
