"use client";

import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { reversePaymentAction } from "@/app/(staff)/clients/[clientId]/plans/actions";
import { ReasonDialog } from "@/components/documents/reason-dialog";
import { toastOutcome } from "@/components/ui/toast-on-result";

/** `maxLength`: the action's own limit (REVERSAL_REASON_MAX), passed in so the validation module stays on the server. */
type Props = { clientId: string; paymentId: string; number: number; outcome: string; date: string; maxLength: number };

/**
 * Reverses one recorded payment or miss, with a reason asked for in a dialog. The button leaves with
 * the refresh its action causes (the row then reads "Reversed"), so the outcome is a toast.
 */
export function ReversePaymentButton({ clientId, paymentId, number, outcome, date, maxLength }: Props) {
  const t = useTranslations("plans");
  const action = useMemo(() => toastOutcome(reversePaymentAction.bind(null, clientId)), [clientId]);
  return (
    <ReasonDialog
      action={action}
      fields={{ paymentId }}
      trigger={t("reverse")}
      triggerLabel={t("reverseNamed", { number, outcome, date })}
      title={t("reverseTitle", { number })}
      label={t("reversalReason")}
      hint={t("reversalHint")}
      submit={t("reverse")}
      fieldId={`reverse-${paymentId}`}
      maxLength={maxLength}
      danger
    />
  );
}
