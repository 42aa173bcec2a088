"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { reportChangeAction } from "@/app/(portal)/portal/changes/actions";
import { Button } from "@/components/ui/button";
import { RadioGroupField, TextareaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { ActionForm } from "@/components/ui/action-form";
import { changeKinds } from "@/db/schema/reviews";
import type { FormState } from "@/lib/validation/form";

/** The client tells their counsellor what changed: lost job, new income, new debt or something else. */
export function ChangeForm() {
  const t = useTranslations("reviews");
  const [state, action, pending] = useActionState<FormState, FormData>(reportChangeAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? state.values : undefined;
  return (
    <ActionForm state={state} action={action} className="space-y-4" noValidate aria-label={t("portal.formTitle")}>
      <FormMessage tone={state?.ok ? "success" : "error"}>{state?.message}</FormMessage>
      <RadioGroupField
        id="change-kind"
        name="kind"
        legend={t("portal.kind")}
        options={changeKinds.map((k) => ({ value: k, label: t(`changeKinds.${k}`), hint: t(`portal.kindHints.${k}`) }))}
        defaultValue={values?.kind}
        error={errors.kind}
        required
      />
      <TextareaField id="change-details" name="details" rows={5} label={t("portal.details")} hint={t("portal.detailsHint")} defaultValue={values?.details ?? ""} error={errors.details} required />
      <Button type="submit" size="lg" disabled={pending}>
        {t("portal.send")}
      </Button>
    </ActionForm>
  );
}
