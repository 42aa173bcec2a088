"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { disableTwoFactorAction } from "@/app/(auth)/two-factor/actions";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/validation/form";

/** Turning the second factor off asks for a current code: that is the confirmation. */
export function TwoFactorDisableForm() {
  const t = useTranslations("twoFactor");
  const [state, action, pending] = useActionState<FormState, FormData>(disableTwoFactorAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} className="mt-4 space-y-3" noValidate>
      <FormMessage tone={state?.ok ? "success" : "error"}>{state?.message}</FormMessage>
      <InputField id="disable-code" name="code" autoComplete="one-time-code" label={t("disableCodeLabel")} error={errors.code} />
      <Button type="submit" variant="danger" disabled={pending}>
        {t("disable")}
      </Button>
    </form>
  );
}
