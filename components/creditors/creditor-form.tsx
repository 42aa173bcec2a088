"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { createCreditorAction, updateCreditorAction } from "@/app/(staff)/admin/creditors/actions";
import { Button } from "@/components/ui/button";
import { InputField, TextareaField } from "@/components/ui/field";
import { ControlledSelectField } from "@/components/ui/controlled-select";
import { FormMessage } from "@/components/ui/form-message";
import { ActionForm } from "@/components/ui/action-form";
import { creditorTypes } from "@/db/schema/creditors";
import type { FormState } from "@/lib/validation/form";

export type CreditorFormValues = {
  id: string;
  version: number;
  nameEn: string;
  nameZh: string;
  type: string;
  inAppService: string | null;
  hotline: string | null;
  branch: string | null;
  postalAddress: string | null;
  email: string | null;
  policyNotes: string | null;
  defaultPenaltyMultiplier: string;
  maxInstalmentMonths: number | null;
};

const TEXT_FIELDS = ["inAppService", "hotline", "branch", "postalAddress", "email"] as const;

/** Create (no `creditor`) or edit a directory entry; admins only, enforced by the actions. */
export function CreditorForm({ creditor }: { creditor?: CreditorFormValues }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState<FormState, FormData>(creditor ? updateCreditorAction : createCreditorAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const typed = state && !state.ok ? state.values : undefined;
  const value = (key: keyof CreditorFormValues) => typed?.[key] ?? (creditor ? String(creditor[key] ?? "") : "");
  // Empty again after a create (ActionForm keeps what was typed after a refusal).
  return (
    <ActionForm key={state?.ok && !creditor ? state.message : "form"} state={state} action={action} className="mt-4 grid gap-4 sm:grid-cols-2" noValidate>
      <div className="sm:col-span-2">
        <FormMessage tone={state?.ok ? "success" : "error"}>{state?.message}</FormMessage>
      </div>
      {creditor ? (
        <>
          <input type="hidden" name="creditorId" value={creditor.id} />
          <input type="hidden" name="version" value={creditor.version} />
        </>
      ) : null}
      <InputField id="creditor-name-en" name="nameEn" label={t("creditors.nameEn")} error={errors.nameEn} defaultValue={value("nameEn")} required />
      <InputField id="creditor-name-zh" name="nameZh" label={t("creditors.nameZh")} error={errors.nameZh} defaultValue={value("nameZh")} required lang="zh-CN" />
      <TypeSelect initial={value("type") || "online_platform"} error={errors.type} />
      <InputField
        id="creditor-multiplier"
        name="defaultPenaltyMultiplier"
        inputMode="decimal"
        label={t("creditors.defaultPenaltyMultiplier")}
        hint={t("creditors.defaultPenaltyMultiplierHint")}
        error={errors.defaultPenaltyMultiplier}
        defaultValue={value("defaultPenaltyMultiplier")}
      />
      <InputField
        id="creditor-max-months"
        name="maxInstalmentMonths"
        inputMode="numeric"
        label={t("creditors.maxInstalmentMonths")}
        hint={t("creditors.maxInstalmentMonthsHint")}
        error={errors.maxInstalmentMonths}
        defaultValue={value("maxInstalmentMonths")}
      />
      {TEXT_FIELDS.map((field) => (
        <InputField
          key={field}
          id={`creditor-${field}`}
          name={field}
          type={field === "email" ? "email" : "text"}
          label={t(`creditors.${field}`)}
          error={errors[field]}
          defaultValue={value(field)}
        />
      ))}
      <div className="sm:col-span-2">
        <TextareaField id="creditor-policy" name="policyNotes" rows={3} label={t("creditors.policyNotes")} error={errors.policyNotes} defaultValue={value("policyNotes")} />
      </div>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? t("common.saving") : creditor ? t("creditors.save") : t("creditors.create")}
        </Button>
      </div>
    </ActionForm>
  );
}

/**
 * Held, so the reset after a saved edit keeps the saved type shown (and sent by the next save). Inside
 * the form: a remount (new creditor added, or a refusal) starts again from `initial`.
 */
function TypeSelect({ initial, error }: { initial: string; error?: string }) {
  const t = useTranslations("creditors");
  const [type, setType] = useState(initial);
  return (
    <ControlledSelectField id="creditor-type" name="type" label={t("type")} error={error} value={type} onChange={(e) => setType(e.target.value)}>
      {creditorTypes.map((option) => (
        <option key={option} value={option}>
          {t(`types.${option}`)}
        </option>
      ))}
    </ControlledSelectField>
  );
}
