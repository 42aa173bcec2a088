"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { createPlanAction } from "@/app/(staff)/clients/[clientId]/plans/actions";
import { Button } from "@/components/ui/button";
import { CheckboxField, DateField, InputField, TextareaField } from "@/components/ui/field";
import { ControlledSelectField } from "@/components/ui/controlled-select";
import { FormMessage } from "@/components/ui/form-message";
import { ActionForm } from "@/components/ui/action-form";
import { MoneyField } from "@/components/ui/money-field";
import { planKinds } from "@/db/schema/plans";
import type { CurrencyCode } from "@/lib/finance";
import type { FormState } from "@/lib/validation/form";
import { SchedulePreview } from "./schedule-preview";

/** `balance`: the debt's current balance, which the schedule is worked out on. */
export type PlanDebtChoice = { id: string; label: string; currency: CurrencyCode; balance: number };

export function PlanForm({ clientId, debts, initial }: { clientId: string; debts: PlanDebtChoice[]; initial: Record<string, string> }) {
  const t = useTranslations("plans");
  const [state, action, pending] = useActionState<FormState, FormData>(createPlanAction.bind(null, clientId), null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = { ...initial, ...(state && !state.ok ? state.values : {}) };
  const [debtId, setDebtId] = useState(values.debtId ?? "");
  const [kind, setKind] = useState(values.kind ?? "instalments");
  // What the preview reads; the inputs stay uncontrolled (a refused form remounts them with what was sent).
  const [typed, setTyped] = useState({ startDate: values.startDate ?? "", months: values.months ?? "", amount: values.instalmentAmount ?? "" });
  const track = (key: keyof typeof typed) => (event: { currentTarget: HTMLInputElement }) => {
    const { value } = event.currentTarget; // read now: React clears currentTarget once the event is handled
    setTyped((now) => ({ ...now, [key]: value }));
  };
  const chosen = debts.find((d) => d.id === debtId);
  const currency = chosen?.currency ?? debts[0]?.currency ?? "CNY";
  const field = (name: string) => ({ id: `plan-${name}`, name, error: errors[name], defaultValue: values[name] ?? "" });
  return (
    <ActionForm state={state} action={action} className="grid gap-4 sm:grid-cols-2" noValidate>
      <div className="sm:col-span-2">
        <FormMessage tone="error">{state && !state.ok ? state.message : undefined}</FormMessage>
      </div>
      <input type="hidden" name="currency" value={currency} />
      {values.entryId ? <input type="hidden" name="entryId" value={values.entryId} /> : null}
      <ControlledSelectField {...field("debtId")} defaultValue={undefined} value={debtId} onChange={(e) => setDebtId(e.target.value)} label={t("debt")} required disabled={Boolean(values.entryId)}>
        <option value="">{t("chooseDebt")}</option>
        {debts.map((d) => (
          <option key={d.id} value={d.id}>
            {d.label}
          </option>
        ))}
      </ControlledSelectField>
      {values.entryId ? <input type="hidden" name="debtId" value={debtId} /> : null}
      <ControlledSelectField {...field("kind")} defaultValue={undefined} value={kind} onChange={(e) => setKind(e.target.value)} label={t("kind")}>
        {planKinds.map((k) => (
          <option key={k} value={k}>
            {t(`kinds.${k}`)}
          </option>
        ))}
      </ControlledSelectField>
      <DateField {...field("startDate")} label={t("startDate")} required onInput={track("startDate")} />
      {kind === "instalments" ? (
        <>
          <InputField {...field("months")} inputMode="numeric" label={t("months")} required onInput={track("months")} />
          <MoneyField key={currency} {...field("instalmentAmount")} currency={currency} label={t("instalmentAmount")} hint={t("instalmentAmountHint")} onInput={track("amount")} />
          {chosen ? <SchedulePreview balance={chosen.balance} currency={currency} startDate={typed.startDate} months={typed.months} amount={typed.amount} /> : null}
          <div className="space-y-3 sm:col-span-2">
            <CheckboxField id="plan-override" name="override" value="on" label={t("override")} defaultChecked={values.override === "on"} />
            <TextareaField {...field("overrideReason")} rows={2} label={t("overrideReason")} />
          </div>
        </>
      ) : (
        <DateField {...field("pauseUntil")} label={t("pauseUntil")} required />
      )}
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {t("create")}
        </Button>
      </div>
    </ActionForm>
  );
}
