"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { verifySecondFactorAction } from "@/app/(auth)/two-factor/actions";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/validation/form";

export function TwoFactorCodeForm({ next }: { next?: string }) {
  const t = useTranslations("twoFactor");
  const [state, action, pending] = useActionState<FormState, FormData>(verifySecondFactorAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      <FormMessage tone="error">{state && !state.ok ? state.message : null}</FormMessage>
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <InputField
        id="code"
        name="code"
        autoComplete="one-time-code"
        autoCapitalize="none"
        // The page's one task: the cursor waits in the field, so a keyboard user just types the code.
        autoFocus
        spellCheck={false}
        required
        label={t("codeLabel")}
        hint={t("codeHint")}
        error={errors.code}
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {t("verify")}
      </Button>
    </form>
  );
}
