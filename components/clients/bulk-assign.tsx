"use client";

import { startTransition, useActionState, useId, useRef } from "react";
import { useTranslations } from "next-intl";
import { assignClientsAction } from "@/app/(staff)/clients/actions";
import { Button } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/validation/form";

type Props = { selectedIds: string[]; counsellors: { id: string; name: string }[]; label?: string };

/** Reassigns the selected clients (one or many) to a counsellor the user may assign to. */
export function BulkAssign({ selectedIds, counsellors, label }: Props) {
  const t = useTranslations("clients.assign");
  const id = useId();
  const select = useRef<HTMLSelectElement>(null);
  const [state, action, pending] = useActionState<FormState, FormData>(assignClientsAction, null);
  const submit = () => {
    const data = new FormData();
    for (const clientId of selectedIds) data.append("clientIds", clientId);
    data.set("counsellorId", select.current?.value ?? "");
    startTransition(() => action(data));
  };

  return (
    <div className="flex flex-wrap items-center gap-2 rounded-[var(--radius-control)] border border-line bg-surface p-3 text-sm">
      <span>{label ?? t("selected", { count: selectedIds.length })}</span>
      <label htmlFor={id} className="sr-only">
        {t("to")}
      </label>
      <select id={id} ref={select} defaultValue="" className={controlClasses.replace("w-full", "w-auto")}>
        <option value="" disabled>
          {t("to")}
        </option>
        {counsellors.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <Button variant="secondary" disabled={pending || selectedIds.length === 0} onClick={submit}>
        {t("submit")}
      </Button>
      <FormMessage tone={state?.ok ? "success" : "error"}>{state?.ok ? state.message : state ? (Object.values(state.fieldErrors)[0] ?? state.message) : null}</FormMessage>
    </div>
  );
}
