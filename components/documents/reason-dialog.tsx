"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ActionForm } from "@/components/ui/action-form";
import { Dialog } from "@/components/ui/dialog";
import { TextareaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/validation/form";

type Props = {
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  trigger: string;
  /** The trigger's accessible name when several rows show the same button ("Reject — payslip.png"). */
  triggerLabel?: string;
  title: string;
  label: string;
  hint: string;
  submit: string;
  fieldId: string;
  /** The action's own limit, so the browser never lets more be typed than the server keeps. */
  maxLength: number;
  danger?: boolean;
};

/**
 * A decision that needs a written reason (reject, withdraw): asked for in a dialog, shown next to the
 * field. Its success is announced by the action (see toastOutcome): the dialog may leave with it.
 */
export function ReasonDialog({ action, fields, trigger, triggerLabel, title, label, hint, submit, fieldId, maxLength, danger }: Props) {
  const t = useTranslations("common");
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, null);
  // Remember the result current when the dialog opened: a newer successful result closes it.
  const [openedWith, setOpenedWith] = useState<{ state: FormState } | null>(null);
  const open = openedWith !== null && !(state?.ok && state !== openedWith.state);
  const setOpen = (value: boolean) => setOpenedWith(value ? { state } : null);
  const refused = state && !state.ok ? state : null;
  return (
    <>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title={title}
        trigger={
          <Button variant={danger ? "danger" : "secondary"} disabled={pending} aria-label={triggerLabel}>
            {trigger}
          </Button>
        }
      >
        {/* A refused reason stays in the field (ActionForm remounts it with what was sent). */}
        <ActionForm state={state} action={formAction} className="space-y-4" noValidate>
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <FormMessage tone="error">{refused?.message}</FormMessage>
          <TextareaField
            id={fieldId}
            name="reason"
            label={label}
            hint={hint}
            error={refused?.fieldErrors.reason}
            defaultValue={refused?.values?.reason}
            required
            maxLength={maxLength}
          />
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {t("cancel")}
            </Button>
            <Button type="submit" variant={danger ? "danger" : "primary"} disabled={pending}>
              {submit}
            </Button>
          </div>
        </ActionForm>
      </Dialog>
    </>
  );
}
