"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { rescheduleReviewAction, scheduleReviewAction } from "@/app/(staff)/clients/[clientId]/reviews/actions";
import { Button } from "@/components/ui/button";
import { DateField, TextareaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { ActionForm } from "@/components/ui/action-form";
import type { FormState } from "@/lib/validation/form";

type Props = { clientId: string; review: { id: string; version: number; dueOn: string } | null; defaultDueOn: string };

/** Moves the scheduled review (reason required) or, when none stands, schedules one by hand. */
export function ScheduleForm({ clientId, review, defaultDueOn }: Props) {
  const t = useTranslations("reviews");
  const bound = review ? rescheduleReviewAction.bind(null, clientId) : scheduleReviewAction.bind(null, clientId);
  const [state, action, pending] = useActionState<FormState, FormData>(bound, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? state.values : undefined;
  const title = review ? t("rescheduleTitle") : t("scheduleTitle");
  return (
    <ActionForm state={state} action={action} className="space-y-3" noValidate aria-label={title}>
      <FormMessage tone={state?.ok ? "success" : "error"}>{state?.message}</FormMessage>
      {review ? (
        <>
          <input type="hidden" name="reviewId" value={review.id} />
          <input type="hidden" name="version" value={review.version} />
        </>
      ) : (
        // The page showed no review: one scheduled meanwhile is a conflict, not moved to this date.
        <input type="hidden" name="expected" value="none" />
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <DateField id="review-due" name="dueOn" label={t("dueOn")} defaultValue={values?.dueOn ?? review?.dueOn ?? defaultDueOn} error={errors.dueOn} required />
        <TextareaField id="review-reason" name="reason" rows={2} label={t("reason")} hint={t("reasonHint")} defaultValue={values?.reason ?? ""} error={errors.reason} required />
      </div>
      <Button type="submit" variant={review ? "secondary" : "primary"} disabled={pending}>
        {review ? t("reschedule") : t("schedule")}
      </Button>
    </ActionForm>
  );
}
