"use client";

import Link from "@/components/ui/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { acceptInvitationAction } from "@/app/(auth)/invite/[token]/actions";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/validation/form";

export function AcceptInvitationForm({ token, email, min, reset = false }: { token: string; email: string; min: number; reset?: boolean }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState<FormState<{ email: string }>, FormData>(acceptInvitationAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  if (state?.ok) {
    return (
      <div className="mt-6 space-y-4">
        {/* A new sign-in link (the page knew it from the token) set a password: say that, not "account ready". */}
        <FormMessage tone="success">{reset ? t("invite.resetDone", { email: state.data?.email ?? email }) : state.message}</FormMessage>
        <Link href="/login" className="inline-block text-brand-700 underline">
          {t("invite.signIn")}
        </Link>
      </div>
    );
  }
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      <FormMessage tone="error">{state?.message}</FormMessage>
      <input type="hidden" name="token" value={token} />
      <InputField id="invite-account" label={t("auth.email")} value={email} readOnly autoComplete="username" />
      <InputField id="password" name="password" type="password" autoComplete="new-password" label={t("invite.password")} hint={t("invite.passwordHint", { min })} error={errors.password} />
      <InputField id="confirm" name="confirm" type="password" autoComplete="new-password" label={t("password.confirm")} error={errors.confirm} />
      <Button type="submit" disabled={pending}>
        {t(reset ? "invite.resetAccept" : "invite.accept")}
      </Button>
    </form>
  );
}
