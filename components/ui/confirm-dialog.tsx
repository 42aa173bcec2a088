"use client";

import { AlertDialog } from "radix-ui";
import type { ReactNode } from "react";
import { Button, type ButtonVariant, buttonClassName } from "./button";
import { contentClasses, descriptionClasses, footerClasses, overlayClasses, titleClasses } from "./dialog-parts";

type Props = {
  trigger: ReactNode;
  triggerVariant?: ButtonVariant;
  title: ReactNode;
  description: ReactNode;
  confirmLabel: ReactNode;
  cancelLabel: ReactNode;
  onConfirm: () => void;
  disabled?: boolean;
  /** "danger" (default) for destructive actions; "primary" for weighty but harmless ones. */
  confirmVariant?: ButtonVariant;
  /** Controlled opening, for a form that asks on Enter as well as on its button. */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
};

/**
 * Asks before a destructive action. An alert dialog: focus is trapped inside, starts on Cancel
 * (the safe choice) and returns to the trigger when it closes.
 */
export function ConfirmDialog(props: Props) {
  return (
    <AlertDialog.Root open={props.open} onOpenChange={props.onOpenChange}>
      <AlertDialog.Trigger asChild>
        <Button variant={props.triggerVariant ?? "secondary"} disabled={props.disabled}>
          {props.trigger}
        </Button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className={overlayClasses} />
        <AlertDialog.Content className={contentClasses}>
          <AlertDialog.Title className={titleClasses}>{props.title}</AlertDialog.Title>
          <AlertDialog.Description className={descriptionClasses}>{props.description}</AlertDialog.Description>
          <div className={footerClasses}>
            <AlertDialog.Cancel className={buttonClassName("secondary")}>{props.cancelLabel}</AlertDialog.Cancel>
            <AlertDialog.Action className={buttonClassName(props.confirmVariant ?? "danger")} onClick={props.onConfirm}>
              {props.confirmLabel}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
