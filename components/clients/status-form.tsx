"use client";

import { useActionState, useRef, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { changeStatusAction } from "@/app/(staff)/clients/[clientId]/actions";
import { Button } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import { ControlledSelectField } from "@/components/ui/controlled-select";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { ActionForm } from "@/components/ui/action-form";
import { closureReasons, type ClientStatus } from "@/db/schema/clients";
import type { FormState } from "@/lib/validation/form";

type Props = { clientId: string; version: number; next: ClientStatus[] };

/**
 * Moves the case to one of the next states the workflow allows. Closing asks why, and asks to be
 * confirmed: a counsellor cannot reopen a closed case (lib/clients/workflow.ts).
 */
export function StatusForm({ clientId, version, next }: Props) {
  // Only these parts of the catalogue travel to the browser with the client's page.
  const t = useTranslations("clients.status");
  const closure = useTranslations("clients.closure");
  const statusName = useTranslations("clientStatus");
  const common = useTranslations("common");
  const [state, action, pending] = useActionState<FormState, FormData>(changeStatusAction, null);
  const [to, setTo] = useState<string>(next[0] ?? "");
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? state.values : undefined;
  const clientField = useRef<HTMLInputElement>(null);
  const confirmed = useRef(false);
  const [asking, setAsking] = useState(false);
  const closing = to === "closed";
  // Enter in the note submits the form too: a closure that was not confirmed opens the dialog instead.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (!closing || confirmed.current) return;
    event.preventDefault();
    setAsking(true);
  };
  const confirmClosure = () => {
    confirmed.current = true;
    clientField.current?.form?.requestSubmit();
    confirmed.current = false;
  };
  if (next.length === 0) return <p className="mt-2 text-ink-muted">{t("noMoves")}</p>;
  return (
    <ActionForm state={state} action={action} onSubmit={onSubmit} className="mt-3 space-y-3" noValidate>
      <FormMessage tone={state?.ok ? "success" : "error"}>{state?.message}</FormMessage>
      <input ref={clientField} type="hidden" name="clientId" value={clientId} />
      {/* After a conflict the action hands back the version the case has now (see changeStatusAction). */}
      <input type="hidden" name="version" value={values?.version ?? version} />
      <ControlledSelectField id="status-to" name="to" label={t("moveTo")} value={to} onChange={(e) => setTo(e.target.value)} error={errors.to}>
        {next.map((s) => (
          <option key={s} value={s}>
            {statusName(s)}
          </option>
        ))}
      </ControlledSelectField>
      {closing ? (
        <>
          <SelectField id="closureReason" name="closureReason" label={t("closureReason")} defaultValue={values?.closureReason ?? ""} error={errors.closureReason}>
            <option value="">{t("chooseReason")}</option>
            {closureReasons.map((r) => (
              <option key={r} value={r}>
                {closure(r)}
              </option>
            ))}
          </SelectField>
          <InputField id="closureNote" name="closureNote" label={t("closureNote")} error={errors.closureNote} defaultValue={values?.closureNote} />
        </>
      ) : null}
      {closing ? (
        <ConfirmDialog
          trigger={t("submit")}
          triggerVariant="primary"
          title={t("confirmCloseTitle")}
          description={t("confirmCloseBody")}
          confirmLabel={t("confirmClose")}
          cancelLabel={common("cancel")}
          disabled={pending}
          open={asking}
          onOpenChange={setAsking}
          onConfirm={confirmClosure}
        />
      ) : (
        <Button type="submit" disabled={pending}>
          {t("submit")}
        </Button>
      )}
    </ActionForm>
  );
}
