"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { recordPaymentAction } from "@/app/(staff)/clients/[clientId]/plans/actions";
import { Button } from "@/components/ui/button";
import { DateField, InputField, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { ActionForm } from "@/components/ui/action-form";
import { MoneyField } from "@/components/ui/money-field";
import { paymentOutcomes } from "@/db/schema/plans";
import type { CurrencyCode } from "@/lib/finance";
import type { FormState } from "@/lib/validation/form";

/** `today` is the agency's: a payment cannot be dated after it, so the date starts there for an instalment not yet due. */
type Props = { clientId: string; instalmentId: string; number: number; currency: CurrencyCode; dueDate: string; today?: string };

/** Records what happened to one instalment: paid (blank amount = what is due), partly paid, or missed. */
export function PaymentForm({ clientId, instalmentId, number, currency, dueDate, today }: Props) {
  const t = useTranslations("plans");
  const [state, action, pending] = useActionState<FormState, FormData>(recordPaymentAction.bind(null, clientId), null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  // A refused payment keeps what was entered — above all the outcome, which would otherwise fall back
  // to "paid" and be saved as that on the next try.
  const typed = state && !state.ok ? state.values : undefined;
  const id = (name: string) => `pay-${instalmentId}-${name}`;
  return (
    <details className="rounded-[var(--radius-control)]">
      <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("recordTitle", { number })}</summary>
      <ActionForm state={state} action={action} className="mt-2 grid gap-3 sm:grid-cols-2" noValidate aria-label={t("recordTitle", { number })}>
        <input type="hidden" name="instalmentId" value={instalmentId} />
        <input type="hidden" name="currency" value={currency} />
        <div className="sm:col-span-2">
          <FormMessage tone={state?.ok ? "success" : "error"}>{state?.message}</FormMessage>
        </div>
        <SelectField id={id("outcome")} name="outcome" label={t("paymentOutcome")} error={errors.outcome} defaultValue={typed?.outcome ?? "paid"}>
          {paymentOutcomes.map((o) => (
            <option key={o} value={o}>
              {t(`paymentOutcomes.${o}`)}
            </option>
          ))}
        </SelectField>
        <MoneyField id={id("amount")} name="amount" label={t("amount")} hint={t("amountHint")} error={errors.amount} currency={currency} defaultValue={typed?.amount} />
        <DateField id={id("paidOn")} name="paidOn" label={t("paidOn")} error={errors.paidOn} defaultValue={typed?.paidOn ?? (today && today < dueDate ? today : dueDate)} />
        <InputField id={id("note")} name="note" label={t("note")} error={errors.note} defaultValue={typed?.note} />
        <div>
          <Button type="submit" disabled={pending}>
            {t("recordSave")}
          </Button>
        </div>
      </ActionForm>
    </details>
  );
}
