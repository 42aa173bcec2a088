"use client";

import { startTransition, useActionState, useRef } from "react";
import { useTranslations } from "next-intl";
import { assignSupervisorAction, resetStaffPasswordAction, resetTwoFactorAction, setStaffActiveAction } from "@/app/(staff)/admin/staff/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/validation/form";

type Member = { id: string; name: string; active: boolean; role: string; supervisorId: string | null; twoFactor: boolean; openCases: number; supervisorLabel: string | null };
type Result = FormState<{ password?: string }>;
type Action = (prev: Result, data: FormData) => Promise<Result>;
type Step = { act: Action; data: FormData };

export function StaffRowActions({ member, supervisors, isSelf }: { member: Member; supervisors: { id: string; name: string }[]; isSelf: boolean }) {
  const t = useTranslations();
  // One state for every action on the row: it holds the latest answer only, so a later change (or its
  // error) replaces an earlier one, and a temporary password leaves the screen once something else is done.
  // The previous answer is not sent back to the server (it may hold that password).
  const [last, run, pending] = useActionState<Result, Step>((_prev, { act, data }) => act(null, data), null);
  const selectRef = useRef<HTMLSelectElement>(null);

  const submit = (act: Action, fields: Record<string, string>) => {
    const data = new FormData();
    data.set("staffId", member.id);
    for (const [k, v] of Object.entries(fields)) data.set(k, v);
    startTransition(() => run({ act, data }));
  };

  return (
    <div className="flex min-w-64 flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        {member.active ? (
          <ConfirmDialog
            trigger={t("admin.deactivate")}
            title={t("admin.deactivate")}
            description={t("admin.deactivateConfirm", { name: member.name, openCases: member.openCases })}
            confirmLabel={t("admin.deactivate")}
            cancelLabel={t("common.cancel")}
            disabled={isSelf || pending}
            onConfirm={() => submit(setStaffActiveAction, { active: "false" })}
          />
        ) : (
          <Button variant="secondary" disabled={pending} onClick={() => submit(setStaffActiveAction, { active: "true" })}>
            {t("admin.reactivate")}
          </Button>
        )}
        <ConfirmDialog
          trigger={t("admin.resetPassword")}
          title={t("admin.resetPassword")}
          description={t("admin.resetConfirm", { name: member.name })}
          confirmLabel={t("admin.resetPassword")}
          cancelLabel={t("common.cancel")}
          disabled={pending}
          onConfirm={() => submit(resetStaffPasswordAction, {})}
        />
        {member.twoFactor && !isSelf ? (
          <ConfirmDialog
            trigger={t("twoFactor.reset")}
            title={t("twoFactor.reset")}
            description={t("twoFactor.resetConfirm", { name: member.name })}
            confirmLabel={t("twoFactor.reset")}
            cancelLabel={t("common.cancel")}
            disabled={pending}
            onConfirm={() => submit(resetTwoFactorAction, {})}
          />
        ) : null}
      </div>
      {member.role === "counsellor" ? (
        <div className="flex gap-2">
          <label className="sr-only" htmlFor={`sup-${member.id}`}>
            {t("admin.supervisor")} — {member.name}
          </label>
          <select
            id={`sup-${member.id}`}
            ref={selectRef}
            defaultValue={member.supervisorId ?? ""}
            className="min-h-10 rounded-[var(--radius-control)] border border-line-strong bg-surface px-2 text-sm"
          >
            <option value="">{t("admin.noSupervisor")}</option>
            {member.supervisorId && !supervisors.some((s) => s.id === member.supervisorId) ? (
              // Deactivated: shown as the current value so the admin sees it, but cannot be chosen again.
              <option value={member.supervisorId} disabled>
                {member.supervisorLabel}
              </option>
            ) : null}
            {supervisors.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          <Button
            variant="secondary"
            disabled={pending}
            onClick={() => submit(assignSupervisorAction, { supervisorId: selectRef.current?.value ?? "" })}
          >
            {t("admin.assign")}
          </Button>
        </div>
      ) : null}
      <FormMessage tone={last?.ok ? "success" : "error"}>{last?.message}</FormMessage>
    </div>
  );
}
