"use client";

import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { cancelReviewAction } from "@/app/(staff)/clients/[clientId]/reviews/actions";
import { ReasonDialog } from "@/components/documents/reason-dialog";
import { toastOutcome } from "@/components/ui/toast-on-result";

/** `maxLength`: the action's own limit (REASON_MAX), passed in so the validation module stays on the server. */
type Props = { clientId: string; reviewId: string; version: number; date: string; maxLength: number };

/**
 * Cancels the scheduled review, with a reason asked for in a confirmation dialog. The button leaves
 * with the refresh its action causes (the review moves to the history as "Cancelled"), so the outcome
 * is a toast.
 */
export function CancelReviewButton({ clientId, reviewId, version, date, maxLength }: Props) {
  const t = useTranslations("reviews");
  const action = useMemo(() => toastOutcome(cancelReviewAction.bind(null, clientId)), [clientId]);
  return (
    <ReasonDialog
      action={action}
      fields={{ reviewId, version: String(version) }}
      trigger={t("cancel")}
      title={t("cancelTitle", { date })}
      label={t("cancelReason")}
      hint={t("cancelHint")}
      submit={t("cancelConfirm")}
      fieldId={`cancel-review-${reviewId}`}
      maxLength={maxLength}
      danger
    />
  );
}
