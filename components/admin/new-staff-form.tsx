"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createStaffAction } from "@/app/(staff)/admin/staff/actions";
import { Button } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { ActionForm } from "@/components/ui/action-form";
import type { FormState } from "@/lib/validation/form";

type Option = { id: string; name: string };

export function NewStaffForm({ supervisors }: { supervisors: Option[] }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState<FormState<{ password?: string }>, FormData>(createStaffAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? state.values : undefined;
  return (
    <ActionForm state={state} action={action} className="mt-4 grid gap-4 sm:grid-cols-2" noValidate>
      <div className="sm:col-span-2">
        <FormMessage tone={state?.ok ? "success" : "error"}>{state?.message}</FormMessage>
      </div>
      <InputField id="staff-name" name="name" label={t("admin.name")} error={errors.name} defaultValue={values?.name} required />
      <InputField
        id="staff-email"
        name="email"
        type="email"
        label={t("admin.email")}
        error={errors.email}
        defaultValue={values?.email}
        required
      />
      <SelectField id="staff-role" name="role" label={t("admin.role")} error={errors.role} defaultValue={values?.role ?? "counsellor"}>
        <option value="counsellor">{t("roles.counsellor")}</option>
        <option value="supervisor">{t("roles.supervisor")}</option>
        <option value="admin">{t("roles.admin")}</option>
      </SelectField>
      <SelectField
        id="staff-supervisor"
        name="supervisorId"
        label={t("admin.supervisor")}
        error={errors.supervisorId}
        defaultValue={values?.supervisorId ?? ""}
      >
        <option value="">{t("admin.noSupervisor")}</option>
        {supervisors.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </SelectField>
      <SelectField id="staff-locale" name="locale" label={t("common.language")} defaultValue={values?.locale ?? "zh-CN"}>
        <option value="zh-CN">{t("locale.zh-CN")}</option>
        <option value="en">{t("locale.en")}</option>
      </SelectField>
      <div className="flex items-end sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {t("admin.create")}
        </Button>
      </div>
    </ActionForm>
  );
}
