"use client";

import { startTransition, useActionState } from "react";
import { useTranslations } from "next-intl";
import { purgeDocumentsAction } from "@/app/(staff)/admin/evidence/actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/validation/form";

export function PurgeButton({ count }: { count: number }) {
  const t = useTranslations();
  const [state, purge, pending] = useActionState<FormState, FormData>(purgeDocumentsAction, null);
  return (
    <div className="space-y-2">
      <ConfirmDialog
        trigger={t("documents.evidence.purge")}
        triggerVariant="danger"
        title={t("documents.evidence.purgeHeading")}
        description={t("documents.evidence.purgeConfirm")}
        confirmLabel={t("documents.evidence.purge")}
        cancelLabel={t("common.cancel")}
        disabled={pending || count === 0}
        onConfirm={() => startTransition(() => purge(new FormData()))}
      />
      <FormMessage tone="success">{state?.ok ? state.message : undefined}</FormMessage>
    </div>
  );
}
