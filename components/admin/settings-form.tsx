"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { saveAgencySettingsAction } from "@/app/(staff)/admin/settings/actions";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { ControlledSelectField } from "@/components/ui/controlled-select";
import { FormMessage } from "@/components/ui/form-message";
import { ActionForm } from "@/components/ui/action-form";
import type { FormState } from "@/lib/validation/form";

type Props = {
  settings: { name: string; timeZone: string; currency: string; reviewAfterAgreementDays: number; reviewIntervalDays: number; version: string };
  timeZones: string[]; currencies: string[] };

/** The review intervals, in days: the same number field twice. */
const dayFields = [
  ["settings-review-after", "reviewAfterAgreementDays"],
  ["settings-review-interval", "reviewIntervalDays"],
] as const;

export function SettingsForm({ settings, timeZones, currencies }: Props) {
  const t = useTranslations("settings");
  const [state, action, pending] = useActionState<FormState, FormData>(saveAgencySettingsAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  // After a refused save the form shows what was sent, not the settings still saved.
  const typed = state && !state.ok ? state.values : undefined;
  const value = (name: Exclude<keyof Props["settings"], "version">) => typed?.[name] ?? String(settings[name]);
  // Held, so the form's reset after a save leaves the saved choice shown (and sent by the next save).
  const [timeZone, setTimeZone] = useState(settings.timeZone);
  const [currency, setCurrency] = useState(settings.currency);
  return (
    <ActionForm state={state} action={action} className="space-y-4" noValidate>
      <FormMessage tone={state?.ok ? "success" : "error"}>{state?.message}</FormMessage>
      {/* What this form read: a save over a colleague's later change is refused, not applied. */}
      <input type="hidden" name="version" value={settings.version} />
      <InputField id="settings-name" name="name" label={t("name")} defaultValue={value("name")} error={errors.name} required />
      <ControlledSelectField id="settings-tz" name="timeZone" label={t("timeZone")} hint={t("timeZoneHint")} value={timeZone} onChange={(e) => setTimeZone(e.target.value)} error={errors.timeZone}>
        {timeZones.map((zone) => (
          <option key={zone} value={zone}>
            {zone}
          </option>
        ))}
      </ControlledSelectField>
      <ControlledSelectField id="settings-currency" name="currency" label={t("currency")} hint={t("currencyHint")} value={currency} onChange={(e) => setCurrency(e.target.value)} error={errors.currency}>
        {currencies.map((code) => (
          <option key={code} value={code}>
            {code}
          </option>
        ))}
      </ControlledSelectField>
      {dayFields.map(([id, name]) => (
        <InputField
          key={name}
          id={id}
          name={name}
          type="number"
          inputMode="numeric"
          label={t(name)}
          hint={t(`${name}Hint`)}
          defaultValue={value(name)}
          error={errors[name]}
          required
        />
      ))}
      <Button type="submit" disabled={pending}>
        {t("save")}
      </Button>
    </ActionForm>
  );
}
