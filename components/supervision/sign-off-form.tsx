"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { signOffAction } from "@/app/(staff)/supervision/reviews/actions";
import { Button } from "@/components/ui/button";
import { RadioGroupField, TextareaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { ActionForm } from "@/components/ui/action-form";
import type { FormState } from "@/lib/validation/form";

type Props = { subject: "plan" | "closure"; clientId: string; planId?: string; label: string };

/** Approve, or send back with a comment the counsellor will see on their dashboard. */
export function SignOffForm({ subject, clientId, planId, label }: Props) {
  const t = useTranslations("supervision.reviews");
  const [state, action, pending] = useActionState<FormState, FormData>(signOffAction, null);
  const id = `${subject}-${planId ?? clientId}`;
  const errors = state && !state.ok ? state.fieldErrors : {};
  if (state?.ok) return <FormMessage tone="success">{state.message}</FormMessage>;
  return (
    <ActionForm state={state} action={action} aria-label={label} className="space-y-3">
      <input type="hidden" name="subject" value={subject} />
      <input type="hidden" name="clientId" value={clientId} />
      {planId ? <input type="hidden" name="planId" value={planId} /> : null}
      <RadioGroupField
        id={`${id}-decision`}
        name="decision"
        legend={t("decision")}
        layout="row"
        defaultValue={state && !state.ok ? state.values?.decision : undefined}
        error={errors.decision}
        options={[
          { value: "approved", label: t("approve") },
          { value: "needs_correction", label: t("needsCorrection") },
        ]}
      />
      <TextareaField id={`${id}-comment`} name="comment" label={t("comment")} hint={t("commentHint")} rows={3} maxLength={2000} error={errors.comment} defaultValue={state && !state.ok ? state.values?.comment : undefined} />
      <FormMessage tone="error">{state && !state.ok ? state.message : null}</FormMessage>
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </ActionForm>
  );
}
