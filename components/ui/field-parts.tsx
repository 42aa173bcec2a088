import type { ReactNode } from "react";

/** The ids that tie a control to its hint and its error; shared by every field component. */
export function fieldIds(id: string, hint: unknown, error: string | undefined) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  const describedBy = [hintId, error ? errorId : undefined].filter(Boolean).join(" ") || undefined;
  return { hintId, errorId, describedBy };
}

/** Always rendered (empty when valid) so screen readers announce an error the moment it appears. */
export function FieldError({ id, error }: { id: string; error?: string }) {
  return (
    <p id={id} aria-live="polite" className="min-h-0 text-sm text-danger-fg">
      {error}
    </p>
  );
}

export function FieldHint({ id, children }: { id?: string; children?: ReactNode }) {
  return children ? (
    <p id={id} className="text-sm text-ink-muted">
      {children}
    </p>
  ) : null;
}
