"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createRequestAction } from "@/app/(staff)/clients/[clientId]/documents/actions";
import { Button } from "@/components/ui/button";
import { DateField, InputField, SelectField, TextareaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { ActionForm } from "@/components/ui/action-form";
import { ToastOnResult } from "@/components/ui/toast-on-result";
import type { FormState } from "@/lib/validation/form";

/** A counsellor asks the client for a document, with an optional due date. */
/** `kind`: the type to start with (a link that asks for one kind of evidence names it). */
export function RequestForm({ clientId, kinds, kind = "income_proof" }: { clientId: string; kinds: readonly string[]; kind?: string }) {
  const t = useTranslations("documents");
  const [state, action, pending] = useActionState<FormState, FormData>(createRequestAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? state.values : undefined;
  return (
    <ActionForm state={state} action={action} className="grid gap-4 sm:grid-cols-2" noValidate>
      <ToastOnResult state={state} />
      <input type="hidden" name="clientId" value={clientId} />
      <div className="sm:col-span-2">
        <FormMessage tone="error">{state && !state.ok ? state.message : undefined}</FormMessage>
      </div>
      <InputField
        id="request-title"
        name="title"
        label={t("requests.titleLabel")}
        hint={t("requests.titleHint")}
        error={errors.title}
        defaultValue={values?.title}
        required
        maxLength={200}
      />
      <SelectField id="request-kind" name="kind" label={t("requests.kindLabel")} error={errors.kind} defaultValue={values?.kind ?? kind}>
        {kinds.map((k) => (
          <option key={k} value={k}>
            {t(`kinds.${k}`)}
          </option>
        ))}
      </SelectField>
      <DateField id="request-due" name="dueDate" label={t("requests.dueDate")} error={errors.dueDate} defaultValue={values?.dueDate} />
      <TextareaField id="request-note" name="note" label={t("requests.note")} error={errors.note} defaultValue={values?.note} rows={2} maxLength={1000} />
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {t("requests.submit")}
        </Button>
      </div>
    </ActionForm>
  );
}
