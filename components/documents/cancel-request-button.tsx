"use client";

import { startTransition, useActionState } from "react";
import { useTranslations } from "next-intl";
import { cancelRequestAction } from "@/app/(staff)/clients/[clientId]/documents/actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ToastOnResult, toastRefusals } from "@/components/ui/toast-on-result";
import type { FormState } from "@/lib/validation/form";

// Answered or withdrawn meanwhile: the row leaves as the page refreshes, so the reason is a toast.
const cancelOpenRequest = toastRefusals(cancelRequestAction);

export function CancelRequestButton({ clientId, requestId, title }: { clientId: string; requestId: string; title: string }) {
  const t = useTranslations();
  const [state, cancel, pending] = useActionState<FormState, FormData>(cancelOpenRequest, null);
  return (
    <>
      <ToastOnResult state={state} />
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
