"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { reviewDocumentAction, withdrawDocumentAction } from "@/app/(staff)/clients/[clientId]/documents/actions";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { toastOutcome } from "@/components/ui/toast-on-result";
import type { FormState } from "@/lib/validation/form";
import { REJECT_REASON_MAX, WITHDRAW_REASON_MAX } from "@/lib/documents/limits";
import { ReasonDialog } from "./reason-dialog";

// A decision can take its own buttons off the page as it refreshes (a withdrawn document has none):
// the outcome, or why it was refused (withdrawn meanwhile), is a toast.
const review = toastOutcome(reviewDocumentAction);
const withdraw = toastOutcome(withdrawDocumentAction);

type Props = {
  clientId: string;
  documentId: string;
  name: string;
  status: "pending" | "accepted" | "rejected";
  /** The client's open requests, given for a document sent without naming one: accepting it may answer one. */
  openRequests?: { id: string; title: string }[];
};

/** A counsellor's decisions on one document: accept (as the answer to an open request, if chosen), reject with a reason, or withdraw it. */
export function ReviewActions({ clientId, documentId, name, status, openRequests = [] }: Props) {
  const t = useTranslations("documents.review");
  const [, accept, accepting] = useActionState<FormState, FormData>(review, null);
  const fields = { clientId, documentId, name };
  return (
    <div className="flex flex-wrap gap-2">
      {status !== "accepted" ? (
        <form action={accept} className="flex flex-wrap items-end gap-2">
          {Object.entries({ ...fields, decision: "accepted" }).map(([k, v]) => (
            <input key={k} type="hidden" name={k} value={v} />
          ))}
          {openRequests.length > 0 ? (
            <SelectField id={`answers-${documentId}`} name="requestId" label={
                <>
                  {t("answersLabel")}
                  <span className="sr-only"> — {name}</span>
                </>
              }
              defaultValue="" className="max-w-64">
              <option value="">{t("answersNone")}</option>
              {openRequests.map((request) => (
                <option key={request.id} value={request.id}>
                  {request.title}
                </option>
              ))}
            </SelectField>
          ) : null}
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
