"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { saveChecklistAction } from "@/app/(staff)/admin/evidence/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { ToastOnResult } from "@/components/ui/toast-on-result";
import type { FormState } from "@/lib/validation/form";

type Props = { requestType: string; kinds: readonly string[]; selected: readonly string[] };

/** One request type's evidence, as a group of checkboxes saved together. */
export function ChecklistForm({ requestType, kinds, selected }: Props) {
  const t = useTranslations("documents");
  const [state, action, pending] = useActionState<FormState, FormData>(saveChecklistAction, null);
  const typeName = t(`evidence.requestTypes.${requestType}`);
  return (
    <form action={action} className="space-y-3">
      <ToastOnResult state={state} />
      <input type="hidden" name="requestType" value={requestType} />
      <fieldset>
        <legend className="text-base font-semibold">{t("evidence.kindsLegend", { type: typeName })}</legend>
        <div className="mt-2 grid gap-1 sm:grid-cols-2">
          {kinds.map((kind) => (
            <label key={kind} className="flex min-h-10 items-center gap-2">
              <input type="checkbox" name="kinds" value={kind} defaultChecked={selected.includes(kind)} className="size-5 shrink-0 accent-brand-600" />
              {t(`kinds.${kind}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {state && !state.ok ? <FormMessage tone="error">{state.message}</FormMessage> : null}
      <Button type="submit" variant="secondary" disabled={pending} aria-label={`${t("evidence.save")} — ${typeName}`}>
        {t("evidence.save")}
      </Button>
    </form>
  );
}
