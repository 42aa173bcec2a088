"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { changeStatusAction } from "@/app/(staff)/clients/[clientId]/actions";
import { Button } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { closureReasons, type ClientStatus } from "@/db/schema/clients";
import type { FormState } from "@/lib/validation/form";

type Props = { clientId: string; version: number; next: ClientStatus[] };

/** Moves the case to one of the next states the workflow allows; closing asks why. */
export function StatusForm({ clientId, version, next }: Props) {
  const t = useTranslations();
  const [state, action, pending] = useActionState<FormState, FormData>(changeStatusAction, null);
  const [to, setTo] = useState<string>(next[0] ?? "");
  const errors = state && !state.ok ? state.fieldErrors : {};
  if (next.length === 0) return <p className="mt-2 text-ink-muted">{t("clients.status.noMoves")}</p>;
  return (
    <form action={action} className="mt-3 space-y-3" noValidate>
      <FormMessage tone={state?.ok ? "success" : "error"}>{state?.message}</FormMessage>
      <input type="hidden" name="clientId" value={clientId} />
      <input type="hidden" name="version" value={version} />
      <SelectField id="status-to" name="to" label={t("clients.status.moveTo")} value={to} onChange={(e) => setTo(e.target.value)} error={errors.to}>
        {next.map((s) => (
          <option key={s} value={s}>
            {t(`clientStatus.${s}`)}
          </option>
        ))}
      </SelectField>
      {to === "closed" ? (
        <>
          <SelectField id="closureReason" name="closureReason" label={t("clients.status.closureReason")} defaultValue="" error={errors.closureReason}>
            <option value="">{t("clients.choose")}</option>
            {closureReasons.map((r) => (
              <option key={r} value={r}>
                {t(`clients.closure.${r}`)}
              </option>
            ))}
          </SelectField>
          <InputField id="closureNote" name="closureNote" label={t("clients.status.closureNote")} error={errors.closureNote} />
        </>
      ) : null}
      <Button type="submit" disabled={pending}>
        {t("clients.status.submit")}
      </Button>
    </form>
  );
}
