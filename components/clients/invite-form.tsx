"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { inviteClientAction } from "@/app/(staff)/clients/[clientId]/actions";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { ActionForm } from "@/components/ui/action-form";
import type { FormState } from "@/lib/validation/form";

/** Creates a single-use portal invitation; with no mail server the link is shown here to pass on. */
export function InviteForm({ clientId, email }: { clientId: string; email: string | null }) {
  const t = useTranslations("invite");
  const [state, action, pending] = useActionState<FormState<{ link: string }>, FormData>(inviteClientAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const link = state?.ok ? state.data?.link : undefined;
  return (
    <ActionForm state={state} action={action} className="mt-3 space-y-3" noValidate>
      <FormMessage tone={state?.ok ? "success" : "error"}>{state?.message}</FormMessage>
      <input type="hidden" name="clientId" value={clientId} />
      <InputField id="invite-email" name="email" type="email" label={t("email")} error={errors.email} defaultValue={(state && !state.ok ? state.values?.email : undefined) ?? email ?? ""} />
      {link ? (
        <div className="space-y-1 rounded-[var(--radius-control)] bg-canvas p-3 text-sm">
          <p>{t("noMail")}</p>
          <label htmlFor="invite-link" className="block font-medium">
            {t("link")}
          </label>
          <input id="invite-link" readOnly value={link} className="w-full rounded border border-line bg-surface px-2 py-1 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
        </div>
      ) : null}
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("submit")}
      </Button>
    </ActionForm>
  );
}
