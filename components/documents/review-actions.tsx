"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { reviewDocumentAction, withdrawDocumentAction } from "@/app/(staff)/clients/[clientId]/documents/actions";
import { Button } from "@/components/ui/button";
import { toastOutcome } from "@/components/ui/toast-on-result";
import type { FormState } from "@/lib/validation/form";
import { REJECT_REASON_MAX, WITHDRAW_REASON_MAX } from "@/lib/documents/limits";
import { ReasonDialog } from "./reason-dialog";

// A decision can take its own buttons off the page as it refreshes (a withdrawn document has none):
// the outcome, or why it was refused (withdrawn meanwhile), is a toast.
const review = toastOutcome(reviewDocumentAction);
const withdraw = toastOutcome(withdrawDocumentAction);

type Props = { clientId: string; documentId: string; name: string; status: "pending" | "accepted" | "rejected" };

/** A counsellor's decisions on one document: accept, reject with a reason, or withdraw it. */
export function ReviewActions({ clientId, documentId, name, status }: Props) {
  const t = useTranslations("documents.review");
  const [, accept, accepting] = useActionState<FormState, FormData>(review, null);
  const fields = { clientId, documentId, name };
  return (
    <div className="flex flex-wrap gap-2">
      {status !== "accepted" ? (
        <form action={accept}>
          {Object.entries({ ...fields, decision: "accepted" }).map(([k, v]) => (
            <input key={k} type="hidden" name={k} value={v} />
          ))}
          <Button type="submit" variant="secondary" disabled={accepting} aria-label={`${t("accept")} — ${name}`}>
            {t("accept")}
          </Button>
        </form>
      ) : null}
      {status !== "rejected" ? (
        <ReasonDialog
          action={review}
          fields={{ ...fields, decision: "rejected" }}
          trigger={t("reject")}
          triggerLabel={`${t("reject")} — ${name}`}
          title={t("rejectTitle", { name })}
          label={t("reasonLabel")}
          hint={t("reasonHint")}
          submit={t("reject")}
          fieldId={`reject-${documentId}`}
          maxLength={REJECT_REASON_MAX}
          danger
        />
      ) : null}
      <ReasonDialog
        action={withdraw}
        fields={fields}
        trigger={t("withdraw")}
        triggerLabel={`${t("withdraw")} — ${name}`}
        title={t("withdrawTitle", { name })}
        label={t("withdrawReason")}
        hint={t("withdrawHint")}
        submit={t("withdraw")}
        fieldId={`withdraw-${documentId}`}
        maxLength={WITHDRAW_REASON_MAX}
      />
    </div>
  );
}
