"use client";

import { startTransition, useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { assignSupervisorAction, resetStaffPasswordAction, resetTwoFactorAction, setStaffActiveAction } from "@/app/(staff)/admin/staff/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { LinkButton } from "@/components/ui/link-button";
import type { FormState } from "@/lib/validation/form";

type Member = {
  id: string; name: string; active: boolean; role: string; supervisorId: string | null; twoFactor: boolean; openCases: number;
  supervisedCounsellors: number; supervisorLabel: string | null;
};
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
  // (De)activation swaps the button the focus was on for another (or disables it while pending):
  // once answered, the focus goes to the row's new Deactivate / Reactivate button, not the page body.
  const toggleRef = useRef<HTMLSpanElement>(null);
  const awaitedActive = useRef<boolean | null>(null);
  useEffect(() => {
    if (awaitedActive.current === null || pending) return;
    if (member.active !== awaitedActive.current && last?.ok !== false) return; // the refreshed row is still to come
    awaitedActive.current = null;
    toggleRef.current?.querySelector("button")?.focus();
  }, [member.active, last, pending]);

  const submit = (act: Action, fields: Record<string, string>) => {
    const data = new FormData();
    data.set("staffId", member.id);
    for (const [k, v] of Object.entries(fields)) data.set(k, v);
    startTransition(() => run({ act, data }));
  };
  const setActive = (active: boolean) => {
    awaitedActive.current = active;
    submit(setStaffActiveAction, { active: String(active) });
  };
  // Every row has the same buttons: each names its member for a screen reader's list of buttons.
  const named = (label: string) => (
    <>
      {label}
      <span className="sr-only"> — {member.name}</span>
    </>
  );

  return (
    <div className="flex min-w-64 flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <span ref={toggleRef} className="contents">
          {member.active ? (
            <ConfirmDialog
              trigger={named(t("admin.deactivate"))}
              title={t("admin.deactivate")}
              description={
                <>
                  {t("admin.deactivateConfirm", { name: member.name, openCases: member.openCases })}
                  {member.role === "supervisor" && member.supervisedCounsellors > 0
                    ? ` ${t("admin.leavesCounsellors", { name: member.name, count: member.supervisedCounsellors })}`
                    : null}
                </>
              }
              confirmLabel={t("admin.deactivate")}
              cancelLabel={t("common.cancel")}
              disabled={isSelf || pending}
              onConfirm={() => setActive(false)}
            />
          ) : (
            <Button variant="secondary" disabled={pending} onClick={() => setActive(true)}>
              {named(t("admin.reactivate"))}
            </Button>
          )}
        </span>
        {isSelf ? (
          // Resetting one's own password here would sign one out behind a password shown once.
          <LinkButton variant="secondary" href="/password">
            {t("admin.changeOwnPassword")}
          </LinkButton>
        ) : (
          <ConfirmDialog
            trigger={named(t("admin.resetPassword"))}
            title={t("admin.resetPassword")}
            description={t("admin.resetConfirm", { name: member.name })}
            confirmLabel={t("admin.resetPassword")}
            cancelLabel={t("common.cancel")}
            disabled={pending}
            onConfirm={() => submit(resetStaffPasswordAction, {})}
          />
        )}
        {member.twoFactor && !isSelf ? (
          <ConfirmDialog
            trigger={named(t("twoFactor.reset"))}
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
            {named(t("admin.assign"))}
          </Button>
        </div>
      ) : null}
      <FormMessage tone={last?.ok ? "success" : "error"}>{last?.message}</FormMessage>
    </div>
  );
}
