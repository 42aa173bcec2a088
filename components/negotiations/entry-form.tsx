"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { logEntryAction } from "@/app/(staff)/clients/[clientId]/negotiations/actions";
import { Button } from "@/components/ui/button";
import { DateField, InputField, SelectField, TextareaField } from "@/components/ui/field";
import { ControlledSelectField } from "@/components/ui/controlled-select";
import { FormMessage } from "@/components/ui/form-message";
import { ActionForm } from "@/components/ui/action-form";
import { MoneyField } from "@/components/ui/money-field";
import { negotiationChannels, negotiationOutcomes, negotiationRequestTypes } from "@/db/schema/negotiations";
import type { LikelyOutcome } from "@/lib/dal/outcome-history";
import type { CurrencyCode } from "@/lib/finance";
import type { FormState } from "@/lib/validation/form";
import { LikelyOutcomePanel } from "./likely-outcome";

export type DebtChoice = { id: string; label: string; currency: CurrencyCode; creditorId: string };

type Props = {
  clientId: string;
  debts: DebtChoice[];
  timeZone: string;
  /** Prefilled values as typed (a correction starts from the entry it corrects). */
  initial: Record<string, string>;
  likely: Record<string, Partial<Record<string, LikelyOutcome>>>;
};

export function EntryForm({ clientId, debts, timeZone, initial, likely }: Props) {
  const t = useTranslations("negotiations");
  const [state, action, pending] = useActionState<FormState, FormData>(logEntryAction.bind(null, clientId), null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = { ...initial, ...(state && !state.ok ? state.values : {}) };
  const [debtId, setDebtId] = useState(values.debtId ?? "");
  const [requestType, setRequestType] = useState(values.requestType ?? "");
  const debt = debts.find((d) => d.id === debtId);
  const currency = debt?.currency ?? debts[0]?.currency ?? "CNY";
  const field = (name: string) => ({ id: `entry-${name}`, name, error: errors[name], defaultValue: values[name] ?? "" });
  const money = (name: string, label: string, hint?: string) => <MoneyField key={`${name}-${currency}`} {...field(name)} label={label} hint={hint} currency={currency} />;
  return (
    <ActionForm state={state} action={action} className="space-y-6" noValidate>
      <FormMessage tone="error">{state && !state.ok ? state.message : undefined}</FormMessage>
      <input type="hidden" name="currency" value={currency} />
      {values.correctsEntryId ? <input type="hidden" name="correctsEntryId" value={values.correctsEntryId} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <ControlledSelectField {...field("debtId")} label={t("debt")} required value={debtId} defaultValue={undefined} onChange={(e) => setDebtId(e.target.value)}>
          <option value="">{t("chooseDebt")}</option>
          {debts.map((d) => (
            <option key={d.id} value={d.id}>
              {d.label}
            </option>
          ))}
        </ControlledSelectField>
        <InputField {...field("contactedAt")} type="datetime-local" label={t("contactedAt")} hint={t("contactedAtHint", { timeZone })} required />
        <SelectField {...field("channel")} label={t("channel")} required>
          <option value="">{t("chooseChannel")}</option>
          {negotiationChannels.map((c) => (
            <option key={c} value={c}>
              {t(`channels.${c}`)}
            </option>
          ))}
        </SelectField>
        <InputField {...field("counterpartName")} label={t("counterpartName")} hint={t("counterpartNameHint")} required />
        <InputField {...field("counterpartReference")} label={t("counterpartReference")} hint={t("counterpartReferenceHint")} />
      </div>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t("requestSection")}</legend>
        <ControlledSelectField {...field("requestType")} label={t("requestType")} required value={requestType} defaultValue={undefined} onChange={(e) => setRequestType(e.target.value)}>
          <option value="">{t("chooseRequestType")}</option>
          {negotiationRequestTypes.map((r) => (
            <option key={r} value={r}>
              {t(`requestTypes.${r}`)}
            </option>
          ))}
        </ControlledSelectField>
        <LikelyOutcomePanel ready={Boolean(debt && requestType)} outcome={debt && requestType ? likely[debt.creditorId]?.[requestType] : undefined} />
        <InputField {...field("requestedMonths")} inputMode="numeric" label={t("requestedMonths")} />
        <DateField {...field("requestedPauseUntil")} label={t("requestedPauseUntil")} />
        {money("requestedAmount", t("requestedAmount"), t("requestedAmountHint"))}
        {money("requestedInterestWaiver", t("requestedInterestWaiver"))}
        {money("requestedPenaltyWaiver", t("requestedPenaltyWaiver"))}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t("outcomeSection")}</legend>
        <SelectField {...field("outcome")} label={t("outcome")} required>
          <option value="">{t("chooseOutcome")}</option>
          {negotiationOutcomes.map((o) => (
            <option key={o} value={o}>
              {t(`outcomes.${o}`)}
            </option>
          ))}
        </SelectField>
        <DateField {...field("nextActionDate")} label={t("nextActionDate")} />
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2" aria-describedby="terms-hint">
        <legend className="mb-1 text-lg font-semibold">{t("termsSection")}</legend>
        <p id="terms-hint" className="text-sm text-ink-muted sm:col-span-2">
          {t("termsHint")}
        </p>
        <InputField {...field("grantedMonths")} inputMode="numeric" label={t("grantedMonths")} />
        <DateField {...field("agreedPauseUntil")} label={t("agreedPauseUntil")} />
        {money("waivedInterest", t("waivedInterest"))}
        {money("waivedPenalty", t("waivedPenalty"))}
        {money("agreedMonthlyAmount", t("agreedMonthlyAmount"))}
      </fieldset>
      <TextareaField {...field("notes")} label={t("notes")} />
      <Button type="submit" disabled={pending}>
        {t("save")}
      </Button>
    </ActionForm>
  );
}
