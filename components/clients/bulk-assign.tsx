"use client";

import { startTransition, useActionState, useId, useState } from "react";
import { useTranslations } from "next-intl";
import { assignClientsAction } from "@/app/(staff)/clients/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { controlClasses } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/validation/form";

type Props = { selectedIds: string[]; counsellors: { id: string; name: string }[]; label?: string };

/**
 * Reassigns the selected clients (one or many) to a counsellor the user may assign to. One click
 * moves up to a page of cases away from their counsellors, so it is confirmed, naming how many and to whom.
 */
export function BulkAssign({ selectedIds, counsellors, label }: Props) {
  const t = useTranslations("clients.assign");
  const id = useId();
  // Held here, not read from the select on submit: the confirmation names the counsellor chosen.
  const [counsellorId, setCounsellorId] = useState("");
  // After a move the list may no longer hold the choice (a client's own page leaves out its counsellor).
  const target = counsellors.find((c) => c.id === counsellorId);
  const [state, action, pending] = useActionState<FormState, FormData>(assignClientsAction, null);
  const count = selectedIds.length;
  const submit = () => {
    const data = new FormData();
    for (const clientId of selectedIds) data.append("clientIds", clientId);
    data.set("counsellorId", target?.id ?? "");
    startTransition(() => action(data));
  };

  return (
    <div className="flex flex-wrap items-center gap-2 rounded-[var(--radius-control)] border border-line bg-surface p-3 text-sm">
      <span>{label ?? t("selected", { count })}</span>
      <label htmlFor={id} className="sr-only">
        {t("to")}
      </label>
      <select id={id} value={target?.id ?? ""} onChange={(e) => setCounsellorId(e.target.value)} className={controlClasses.replace("w-full", "w-auto")}>
        <option value="" disabled>
          {t("to")}
        </option>
        {counsellors.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      {target ? (
        <ConfirmDialog
          trigger={t("submit")}
          title={t("confirmTitle", { count })}
          description={t("confirmBody", { count, name: target.name })}
          confirmLabel={t("confirm")}
          cancelLabel={t("cancel")}
          confirmVariant="primary"
          disabled={pending || count === 0}
          onConfirm={submit}
        />
      ) : (
        // Nothing chosen yet: the server's answer says to choose a counsellor.
        <Button variant="secondary" disabled={pending || count === 0} onClick={submit}>
          {t("submit")}
        </Button>
      )}
      <FormMessage tone={state?.ok ? "success" : "error"}>{state?.ok ? state.message : state ? (Object.values(state.fieldErrors)[0] ?? state.message) : null}</FormMessage>
    </div>
  );
}
