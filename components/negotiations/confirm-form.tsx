"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { confirmAgreementAction } from "@/app/(staff)/clients/[clientId]/negotiations/actions";
import { Button } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { ActionForm } from "@/components/ui/action-form";
import type { FormState } from "@/lib/validation/form";

/** Written confirmation of an oral agreement: a signed agreement from the client's documents, or a reference. */
export function ConfirmForm({ clientId, entryId, documents }: { clientId: string; entryId: string; documents: { id: string; name: string }[] }) {
  const t = useTranslations("negotiations");
  const [state, action, pending] = useActionState<FormState, FormData>(confirmAgreementAction.bind(null, clientId), null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const typed = state && !state.ok ? state.values : undefined;
  return (
    <details className="mt-3 rounded-[var(--radius-control)] border border-line p-3">
      <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("confirmTitle")}</summary>
      <ActionForm state={state} action={action} className="mt-3 grid gap-3 sm:grid-cols-2" noValidate>
        <input type="hidden" name="entryId" value={entryId} />
        <div className="sm:col-span-2">
          <FormMessage tone={state?.ok ? "success" : "error"}>{state?.message}</FormMessage>
        </div>
        <SelectField id={`confirm-doc-${entryId}`} name="documentId" label={t("confirmDocument")} hint={documents.length ? undefined : t("uploadAgreement")} error={errors.documentId} defaultValue={typed?.documentId ?? ""}>
          <option value="">{t("noDocument")}</option>
          {documents.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </SelectField>
        <InputField id={`confirm-ref-${entryId}`} name="reference" label={t("confirmReference")} hint={t("confirmReferenceHint")} error={errors.reference} defaultValue={typed?.reference} />
        <div>
          <Button type="submit" variant="secondary" disabled={pending}>
            {t("confirmSave")}
          </Button>
        </div>
      </ActionForm>
    </details>
  );
}
