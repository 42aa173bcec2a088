"use client";

import { startTransition, useActionState } from "react";
import { useTranslations } from "next-intl";
import { cancelRequestAction } from "@/app/(staff)/clients/[clientId]/documents/actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toastOutcome } from "@/components/ui/toast-on-result";
import type { FormState } from "@/lib/validation/form";

// The button leaves with the refresh its action causes: the outcome (done, or answered or withdrawn
// meanwhile) is a toast.
const cancelOpenRequest = toastOutcome(cancelRequestAction);

export function CancelRequestButton({ clientId, requestId, title }: { clientId: string; requestId: string; title: string }) {
  const t = useTranslations();
  const [, cancel, pending] = useActionState<FormState, FormData>(cancelOpenRequest, null);
  return (
    <>
      <ConfirmDialog
        trigger={
          // The dialog's trigger takes no label of its own: the visible words stay, the name says which request.
          <>
            <span aria-hidden="true">{t("documents.requests.cancel")}</span>
            <span className="sr-only">{t("documents.requests.cancelNamed", { title })}</span>
          </>
        }
        title={t("documents.requests.cancelTitle", { title })}
        description={t("documents.requests.cancelBody")}
        confirmLabel={t("documents.requests.cancel")}
        cancelLabel={t("common.cancel")}
        disabled={pending}
        onConfirm={() => {
          const data = new FormData();
          data.set("clientId", clientId);
          data.set("requestId", requestId);
          startTransition(() => cancel(data));
        }}
      />
    </>
  );
}
