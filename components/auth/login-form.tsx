"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { signInAction } from "@/app/(auth)/login/actions";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/validation/form";

export function LoginForm({ next }: { next?: string }) {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState<FormState, FormData>(signInAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      <FormMessage tone="error">{state && !state.ok ? state.message : null}</FormMessage>
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <InputField
        id="email"
        name="email"
        type="email"
        autoComplete="username"
        required
        label={t("email")}
        error={errors.email}
        defaultValue={values?.email}
        key={`email-${values?.email ?? ""}`}
      />
      <InputField
        id="password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        label={t("password")}
        error={errors.password}
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("signingIn") : t("signIn")}
      </Button>
    </form>
  );
}
