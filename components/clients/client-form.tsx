"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createClientAction } from "@/app/(staff)/clients/actions";
import { updateClientAction } from "@/app/(staff)/clients/[clientId]/actions";
import { Button } from "@/components/ui/button";
import { DateField, InputField, SelectField, TextareaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { ActionForm } from "@/components/ui/action-form";
import { employmentStatuses, hardshipReasons, vulnerabilityFlags } from "@/db/schema/clients";
import { listValue } from "@/lib/clients/form-values";
import type { FormState } from "@/lib/validation/form";
import { ChoiceGroup } from "./choice-group";

export type ClientFormDefaults = {
  fullName: string;
  phone: string | null;
  email: string | null;
  dateOfBirth: string | null;
  preferredLanguage: string;
  householdAdults: number;
  householdDependants: number;
  employmentStatus: string | null;
  hardshipReasons: string[];
  hardshipOther: string | null;
  vulnerabilities: string[];
  vulnerabilityOther: string | null;
  notes: string | null;
};

type Props =
  | { mode: "create"; counsellors: { id: string; name: string }[] | null; defaults?: undefined; clientId?: undefined; version?: undefined }
  | { mode: "edit"; defaults: ClientFormDefaults; clientId: string; version: number; loaded: string; counsellors?: undefined };

/** Intake and profile edit: one form, so both check and show the same things. */
export function ClientForm(props: Props) {
  const t = useTranslations();
  const [state, action, pending] = useActionState<FormState, FormData>(props.mode === "create" ? createClientAction : updateClientAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? state.values : undefined;
  const d = props.defaults;
  const value = (field: keyof ClientFormDefaults) => values?.[field] ?? (d?.[field] == null ? undefined : String(d[field]));
  const options = (values: readonly string[], prefix: string) => values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));

  return (
    <ActionForm state={state} action={action} className="grid gap-4 sm:grid-cols-2" noValidate>
      <div className="sm:col-span-2">
        <FormMessage tone={state?.ok ? "success" : "error"}>{state?.message}</FormMessage>
      </div>
      {props.mode === "edit" ? (
        <>
          <input type="hidden" name="clientId" value={props.clientId} />
          <input type="hidden" name="version" value={values?.version ?? String(props.version)} />
          <input type="hidden" name="loaded" value={values?.loaded ?? props.loaded} />
        </>
      ) : null}
      <InputField id="fullName" name="fullName" label={t("clients.fields.fullName")} error={errors.fullName} defaultValue={value("fullName")} autoComplete="off" required />
      <InputField id="phone" name="phone" type="tel" label={t("clients.fields.phone")} hint={t("clients.hints.phone")} error={errors.phone} defaultValue={value("phone")} />
      <InputField id="email" name="email" type="email" label={t("clients.fields.email")} error={errors.email} defaultValue={value("email")} />
      <DateField id="dateOfBirth" name="dateOfBirth" label={t("clients.fields.dateOfBirth")} error={errors.dateOfBirth} defaultValue={value("dateOfBirth")} />
      <SelectField id="preferredLanguage" name="preferredLanguage" label={t("clients.fields.preferredLanguage")} error={errors.preferredLanguage} defaultValue={value("preferredLanguage") ?? "zh-CN"}>
        <option value="zh-CN">{t("locale.zh-CN")}</option>
        <option value="en">{t("locale.en")}</option>
      </SelectField>
      <SelectField id="employmentStatus" name="employmentStatus" label={t("clients.fields.employmentStatus")} error={errors.employmentStatus} defaultValue={value("employmentStatus") ?? ""}>
        <option value="" disabled>
          {t("clients.choose")}
        </option>
        {options(employmentStatuses, "clients.employment").map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </SelectField>
      <InputField id="householdAdults" name="householdAdults" type="number" inputMode="numeric" min={1} max={20} label={t("clients.fields.householdAdults")} error={errors.householdAdults} defaultValue={value("householdAdults") ?? "1"} />
      <InputField id="householdDependants" name="householdDependants" type="number" inputMode="numeric" min={0} max={20} label={t("clients.fields.householdDependants")} error={errors.householdDependants} defaultValue={value("householdDependants") ?? "0"} />
      <div className="space-y-2 sm:col-span-2">
        <ChoiceGroup id="hardshipReasons" name="hardshipReasons" legend={t("clients.fields.hardshipReasons")} options={options(hardshipReasons, "clients.hardship")} checked={listValue(values, "hardshipReasons", d?.hardshipReasons ?? [])} error={errors.hardshipReasons} />
        <InputField id="hardshipOther" name="hardshipOther" label={t("clients.fields.hardshipOther")} error={errors.hardshipOther} defaultValue={value("hardshipOther")} />
      </div>
      <div className="space-y-2 sm:col-span-2">
        <ChoiceGroup id="vulnerabilities" name="vulnerabilities" legend={t("clients.fields.vulnerabilities")} options={options(vulnerabilityFlags, "clients.vulnerability")} checked={listValue(values, "vulnerabilities", d?.vulnerabilities ?? [])} error={errors.vulnerabilities} />
        <InputField id="vulnerabilityOther" name="vulnerabilityOther" label={t("clients.fields.vulnerabilityOther")} error={errors.vulnerabilityOther} defaultValue={value("vulnerabilityOther")} />
      </div>
      {props.mode === "create" && props.counsellors ? (
        <SelectField id="counsellorId" name="counsellorId" label={t("clients.fields.counsellor")} error={errors.counsellorId} defaultValue={values?.counsellorId ?? ""}>
          <option value="" disabled>
            {t("clients.choose")}
          </option>
          {props.counsellors.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <div className="sm:col-span-2">
        <TextareaField id="notes" name="notes" label={t("clients.fields.notes")} error={errors.notes} defaultValue={value("notes")} />
      </div>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? t("common.saving") : t(props.mode === "create" ? "clients.new.submit" : "clients.edit.submit")}
        </Button>
      </div>
    </ActionForm>
  );
}
