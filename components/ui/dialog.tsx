"use client";

import { useTranslations } from "next-intl";
import { Dialog as Primitive } from "radix-ui";
import type { ReactNode } from "react";
import { contentClasses, descriptionClasses, overlayClasses, titleClasses } from "./dialog-parts";

type Props = {
  /** One focusable element (e.g. a `<Button>`); it opens the dialog and gets focus back on close. */
  trigger?: ReactNode;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  /** Controlled use, e.g. to close the dialog after a form action succeeded. */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
};

/** A modal dialog: focus is trapped inside, Escape closes it, focus returns to the trigger. */
export function Dialog({ trigger, title, description, children, open, onOpenChange }: Props) {
  const t = useTranslations("ui");
  return (
    <Primitive.Root open={open} onOpenChange={onOpenChange}>
      {trigger ? <Primitive.Trigger asChild>{trigger}</Primitive.Trigger> : null}
      <Primitive.Portal>
        <Primitive.Overlay className={overlayClasses} />
        <Primitive.Content
          className={contentClasses}
          // Without a description Radix warns; an explicit undefined tells it none is intended.
          {...(description ? {} : { "aria-describedby": undefined })}
        >
          <Primitive.Title className={`${titleClasses} pr-10`}>{title}</Primitive.Title>
          {description ? <Primitive.Description className={descriptionClasses}>{description}</Primitive.Description> : null}
          <div className="mt-4">{children}</div>
          {/* Last in the DOM so focus starts on the first field, yet shown in the usual corner. */}
          <Primitive.Close
            className="absolute top-4 right-4 inline-flex size-10 items-center justify-center rounded-[var(--radius-control)] text-xl text-ink-muted hover:bg-brand-50"
            aria-label={t("close")}
          >
            <span aria-hidden="true">×</span>
          </Primitive.Close>
        </Primitive.Content>
      </Primitive.Portal>
    </Primitive.Root>
  );
}

/** Closes the surrounding Dialog; wrap a Button in it (`<DialogClose asChild>`). */
export const DialogClose = Primitive.Close;
