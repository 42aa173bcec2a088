"use client";

import { startTransition, useActionState } from "react";
import { useTranslations } from "next-intl";
import { revokePortalAccessAction, sendPortalLinkAction } from "@/app/(staff)/clients/[clientId]/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/validation/form";

type Result = FormState<{ link: string }>;
type Action = (prev: Result, data: FormData) => Promise<Result>;

/** An existing portal account: its state, a new one-time sign-in link, and revoking access. */
export function PortalAccess({ clientId, email, active }: { clientId: string; email: string; active: boolean }) {
  const t = useTranslations();
  // One answer for both buttons: a revoke replaces a link shown before it (that link stopped working).
  const [last, run, pending] = useActionState<Result, Action>((_prev, act) => {
    const data = new FormData();
    data.set("clientId", clientId);
    return act(null, data);
  }, null);
  const submit = (act: Action) => startTransition(() => run(act));
  const link = last?.ok ? last.data?.link : undefined;
  return (
    <div className="mt-2 space-y-3">
      {active ? (
        <p>{t("invite.active", { email })}</p>
      ) : (
        <div className="space-y-1">
          <p className="font-medium">{t("invite.revokedStatus", { email })}</p>
          <p className="text-sm text-ink-muted">{t("invite.revokedHint")}</p>
        </div>
      )}
      <FormMessage tone={last?.ok ? "success" : "error"}>{last?.message}</FormMessage>
      {link ? (
        <div className="space-y-1 rounded-[var(--radius-control)] bg-canvas p-3 text-sm">
          <label htmlFor="portal-link" className="block font-medium">
            {t("invite.newLinkLabel")}
          </label>
          <input id="portal-link" readOnly value={link} className="w-full rounded border border-line bg-surface px-2 py-1 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
        </div>
      ) : null}
      <p className="text-sm text-ink-muted">{t("invite.newLinkHint")}</p>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" disabled={pending} onClick={() => submit(sendPortalLinkAction)}>
          {t("invite.newLink")}
        </Button>
        {active ? (
          <ConfirmDialog
            trigger={t("invite.revoke")}
            title={t("invite.revoke")}
            description={t("invite.revokeConfirm", { email })}
            confirmLabel={t("invite.revoke")}
            cancelLabel={t("common.cancel")}
            disabled={pending}
            onConfirm={() => submit((_prev, data) => revokePortalAccessAction(null, data))}
          />
        ) : null}
      </div>
    </div>
  );
}
