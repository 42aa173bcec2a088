"use client";

import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { endPlanAction } from "@/app/(staff)/clients/[clientId]/plans/actions";
import { ReasonDialog } from "@/components/documents/reason-dialog";
import { toastOutcome } from "@/components/ui/toast-on-result";

/** `maxLength`: the action's own limit (END_REASON_MAX), passed in so the validation module stays on the server. */
type Props = { clientId: string; planId: string; name: string; maxLength: number };

/**
 * "End this plan": stops an active plan before its term, with a reason asked for in a confirmation
 * dialog. The page refreshes with the plan marked ended, so the outcome is a toast.
 */
export function EndPlanButton({ clientId, planId, name, maxLength }: Props) {
  const t = useTranslations("plans");
  const action = useMemo(() => toastOutcome(endPlanAction.bind(null, clientId)), [clientId]);
  return (
    <ReasonDialog
      action={action}
      fields={{ planId }}
      trigger={t("end")}
      triggerLabel={t("endNamed", { name })}
      title={t("endTitle", { name })}
      label={t("endReason")}
      hint={t("endHint")}
      submit={t("endSubmit")}
      fieldId={`end-${planId}`}
      maxLength={maxLength}
      danger
    />
  );
}
