"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createDebtAction, updateDebtAction } from "@/app/(staff)/clients/[clientId]/debts/actions";
import { Button } from "@/components/ui/button";
import { DateField, InputField, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { ActionForm } from "@/components/ui/action-form";
import { debtStatuses, priorityKinds, rateKinds } from "@/db/schema/debts";
import { CURRENCY_CODES } from "@/lib/finance";
import type { FormState } from "@/lib/validation/form";

export type CreditorOption = { id: string; label: string };

/** Edit values as the user would type them; the account reference is never sent here in full. */
export type DebtFormValues = {
  debtId: string;
  version: string;
  accountMasked: string | null;
  creditorId: string;
  product: string;
  currency: string;
  originalPrincipal: string;
  currentBalance: string;
  instalment: string;
  rate: string;
  rateKind: string;
  penaltyMultiplier: string;
  dueDay: string;
  overdueSince: string;
  status: string;
  priorityKind: string;
};

type Props = { clientId: string; creditors: CreditorOption[]; currency: string; debt?: DebtFormValues };

export function DebtForm({ clientId, creditors, currency, debt }: Props) {
  const t = useTranslations();
  const bound = debt ? updateDebtAction.bind(null, clientId) : createDebtAction.bind(null, clientId);
  const [state, action, pending] = useActionState<FormState, FormData>(bound, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const typed = state && !state.ok ? state.values : undefined;
  const value = (key: keyof DebtFormValues, fallback = "") => typed?.[key] ?? debt?.[key] ?? fallback;
  const field = (key: keyof DebtFormValues) => ({ id: `debt-${key}`, name: key, error: errors[key], defaultValue: value(key) });
  return (
    <ActionForm state={state} action={action} className="grid gap-4 sm:grid-cols-2" noValidate>
      <div className="sm:col-span-2">
        <FormMessage tone="error">{state && !state.ok ? state.message : undefined}</FormMessage>
      </div>
      {debt ? (
        <>
          <input type="hidden" name="debtId" value={debt.debtId} />
          <input type="hidden" name="version" value={debt.version} />
        </>
      ) : null}
      <SelectField {...field("creditorId")} label={t("debts.creditor")} required>
        <option value="">{t("debts.chooseCreditor")}</option>
        {creditors.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </SelectField>
      <InputField {...field("product")} label={t("debts.product")} hint={t("debts.productHint")} />
      <InputField
        id="debt-accountReference"
        name="accountReference"
        autoComplete="off"
        label={t("debts.accountReference")}
        hint={debt?.accountMasked ? t("debts.accountReferenceKeep", { masked: debt.accountMasked }) : t("debts.accountReferenceHint")}
        error={errors.accountReference}
        defaultValue={typed?.accountReference ?? ""}
      />
      <SelectField {...field("currency")} defaultValue={value("currency", currency)} label={t("debts.currency")}>
        {CURRENCY_CODES.map((code) => (
          <option key={code} value={code}>
            {code}
          </option>
        ))}
      </SelectField>
      <InputField {...field("originalPrincipal")} inputMode="decimal" label={t("debts.originalPrincipal")} required />
      <InputField {...field("currentBalance")} inputMode="decimal" label={t("debts.currentBalance")} required />
      <InputField {...field("instalment")} inputMode="decimal" label={t("debts.instalment")} hint={t("debts.instalmentHint")} />
      <div className="grid grid-cols-[1fr_auto] gap-2">
        <InputField {...field("rate")} inputMode="decimal" label={t("debts.rate")} hint={t("debts.rateHint")} required />
        <div className="self-end">
          <SelectField {...field("rateKind")} defaultValue={value("rateKind", "daily")} label={t("debts.rateKind")}>
            {rateKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`debts.rateKinds.${kind}`)}
              </option>
            ))}
          </SelectField>
        </div>
      </div>
      <InputField {...field("penaltyMultiplier")} inputMode="decimal" label={t("debts.penaltyMultiplier")} hint={t("debts.penaltyMultiplierHint")} />
      <InputField {...field("dueDay")} inputMode="numeric" label={t("debts.dueDay")} hint={t("debts.dueDayHint")} />
      <SelectField {...field("status")} defaultValue={value("status", "current")} label={t("debts.status")}>
        {debtStatuses.map((status) => (
          <option key={status} value={status}>
            {t(`debts.statuses.${status}`)}
          </option>
        ))}
      </SelectField>
      <InputField
        id="debt-daysPastDue"
        name="daysPastDue"
        inputMode="numeric"
        label={t("debts.daysPastDue")}
        hint={t("debts.overdueHint")}
        error={errors.daysPastDue}
        defaultValue={typed?.daysPastDue ?? ""}
      />
      <DateField {...field("overdueSince")} label={t("debts.overdueSince")} />
      <SelectField {...field("priorityKind")} label={t("debts.priority")} hint={t("debts.priorityHint")}>
        <option value="">{t("debts.priorityNone")}</option>
        {priorityKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`debts.priorityKinds.${kind}`)}
          </option>
        ))}
      </SelectField>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? t("common.saving") : t("debts.save")}
        </Button>
      </div>
    </ActionForm>
  );
}
