"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { changePasswordAction } from "@/app/(auth)/password/actions";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/validation/form";

export function PasswordForm() {
  const t = useTranslations("password");
  const [state, action, pending] = useActionState<FormState, FormData>(changePasswordAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} className="mt-6 space-y-4" noValidate key={state?.ok ? "done" : "form"}>
      <FormMessage tone={state?.ok ? "success" : "error"}>{state?.message}</FormMessage>
      <InputField id="current" name="current" type="password" autoComplete="current-password" label={t("current")} error={errors.current} />
      <InputField id="next" name="next" type="password" autoComplete="new-password" label={t("new")} error={errors.next} />
      <InputField id="confirm" name="confirm" type="password" autoComplete="new-password" label={t("confirm")} error={errors.confirm} />
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
