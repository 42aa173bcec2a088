"use client";

import { startTransition, useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { recordConsentAction, withdrawConsentAction } from "@/app/(staff)/clients/[clientId]/actions";
import { Button } from "@/components/ui/button";
import { CheckboxField, SelectField } from "@/components/ui/field";
import { ControlledSelectField } from "@/components/ui/controlled-select";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { toastOutcome } from "@/components/ui/toast-on-result";
import { ActionForm } from "@/components/ui/action-form";
import { staffConsentMethods, type ConsentScope } from "@/db/schema/consents";
import type { FormState } from "@/lib/validation/form";

type RecordProps = { clientId: string; scopes: { scope: ConsentScope; wordingVersion: string }[] };

/** Records a consent the client has just given, with the wording version they saw. */
export function RecordConsentForm({ clientId, scopes }: RecordProps) {
  const t = useTranslations("consent");
  const [state, action, pending] = useActionState<FormState, FormData>(recordConsentAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const typed = state && !state.ok ? state.values : undefined;
  const [scope, setScope] = useState(scopes[0]?.scope);
  const chosen = scopes.find((s) => s.scope === scope) ?? scopes[0];
  if (!chosen) return null;
  return (
    <ActionForm state={state} action={action} className="mt-4 space-y-3 border-t border-line pt-4" noValidate>
      <h3 className="font-medium">{t("recordTitle")}</h3>
      <FormMessage tone={state?.ok ? "success" : "error"}>{state?.message}</FormMessage>
      <input type="hidden" name="clientId" value={clientId} />
      <input type="hidden" name="wordingVersion" value={chosen.wordingVersion} />
      <ControlledSelectField id="consent-scope" name="scope" label={t("scopeLabel")} error={errors.scope} value={chosen.scope} onChange={(e) => setScope(e.target.value as ConsentScope)}>
        {scopes.map((s) => (
          <option key={s.scope} value={s.scope}>
            {t(`scope.${s.scope}`)}
          </option>
        ))}
      </ControlledSelectField>
      <p className="rounded-[var(--radius-control)] bg-canvas p-3 text-sm">{t(`wording.${chosen.scope}`)}</p>
      <SelectField id="consent-method" name="method" label={t("methodLabel")} error={errors.method} defaultValue={typed?.method ?? "in_person"}>
        {staffConsentMethods.map((m) => (
          <option key={m} value={m}>
            {t(`method.${m}`)}
          </option>
        ))}
      </SelectField>
      <CheckboxField id="consent-confirmed" name="confirmed" label={t("confirmLabel")} error={errors.confirmed} />
      <Button type="submit" disabled={pending}>
        {t("record")}
      </Button>
    </ActionForm>
  );
}

// The button leaves as the panel refreshes: the outcome (done, or withdrawn meanwhile) is a toast.
const withdrawActiveConsent = toastOutcome(withdrawConsentAction);

/** Withdrawal keeps the consent on file, marked withdrawn; asked for first because uploads stop. */
export function WithdrawConsentButton({ clientId, consentId, label }: { clientId: string; consentId: string; label: string }) {
  const t = useTranslations();
  const [, action, pending] = useActionState<FormState, FormData>(withdrawActiveConsent, null);
  const withdraw = () => {
    const data = new FormData();
    data.set("clientId", clientId);
    data.set("consentId", consentId);
    startTransition(() => action(data));
  };
  return (
    <ConfirmDialog
      trigger={t("consent.withdraw")}
      title={t("consent.withdrawTitle", { scope: label })}
      description={t("consent.withdrawConfirm")}
      confirmLabel={t("consent.withdraw")}
      cancelLabel={t("common.cancel")}
      disabled={pending}
      onConfirm={withdraw}
    />
  );
}
