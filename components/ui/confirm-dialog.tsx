"use client";

import { AlertDialog } from "radix-ui";
import type { ReactNode } from "react";
import { Button, type ButtonVariant, buttonBase, buttonClasses } from "./button";
import { cn } from "./cn";

type Props = {
  trigger: ReactNode;
  triggerVariant?: ButtonVariant;
  title: ReactNode;
  description: ReactNode;
  confirmLabel: ReactNode;
  cancelLabel: ReactNode;
  onConfirm: () => void;
  disabled?: boolean;
};

/** Asks before a destructive action; focus is trapped inside and returns to the trigger. */
export function ConfirmDialog(props: Props) {
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger asChild>
        <Button variant={props.triggerVariant ?? "secondary"} disabled={props.disabled}>
          {props.trigger}
        </Button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 bg-ink/40" />
        <AlertDialog.Content className="fixed top-1/2 left-1/2 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-[var(--radius-card)] bg-surface p-6 shadow-lg">
          <AlertDialog.Title className="text-lg font-semibold">{props.title}</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-ink-muted">{props.description}</AlertDialog.Description>
          <div className="mt-6 flex justify-end gap-2">
            <AlertDialog.Cancel className={cn(buttonBase, buttonClasses.secondary)}>{props.cancelLabel}</AlertDialog.Cancel>
            <AlertDialog.Action className={cn(buttonBase, buttonClasses.danger)} onClick={props.onConfirm}>
              {props.confirmLabel}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
