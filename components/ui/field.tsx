import type { InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { cn } from "./cn";
import { FieldError, FieldHint, fieldIds } from "./field-parts";

export { FieldError, FieldHint, fieldIds };

/** The look of every text-like control (input, select, textarea, date, money, combobox). */
export const controlClasses =
  "block w-full min-h-10 rounded-[var(--radius-control)] border border-line-strong bg-surface px-3 py-2 text-base text-ink placeholder:text-ink-muted disabled:bg-surface-muted disabled:text-ink-muted aria-[invalid=true]:border-danger-fg aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-danger-fg";

type FieldProps = {
  id: string;
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
};

/** Label, control and an announced error tied together by id, the same way on every form. */
export function Field({ id, label, error, hint, children }: FieldProps) {
  const { hintId, errorId, describedBy } = fieldIds(id, hint, error);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
      </label>
      <FieldHint id={hintId}>{hint}</FieldHint>
      {children(describedBy, Boolean(error))}
      <FieldError id={errorId} error={error} />
    </div>
  );
}

type Labelled = { id: string; label: ReactNode; error?: string; hint?: ReactNode };

type InputFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id"> & Labelled;

export function InputField({ id, label, error, hint, className, ...props }: InputFieldProps) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      {(describedBy, invalid) => (
        <input
          id={id}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          className={cn(controlClasses, className)}
          {...props}
        />
      )}
    </Field>
  );
}

export type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "id"> & Labelled & { ref?: Ref<HTMLSelectElement> };

export function SelectField({ id, label, error, hint, className, children, ...props }: SelectFieldProps) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      {(describedBy, invalid) => (
        <select
          id={id}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          className={cn(controlClasses, className)}
          {...props}
        >
          {children}
        </select>
      )}
    </Field>
  );
}

type TextareaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id"> & Labelled;

export function TextareaField({ id, label, error, hint, className, rows = 4, ...props }: TextareaFieldProps) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      {(describedBy, invalid) => (
        <textarea
          id={id}
          rows={rows}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          className={cn(controlClasses, "resize-y", className)}
          {...props}
        />
      )}
    </Field>
  );
}

/** A native date input: the browser's own picker is keyboard- and screen-reader-friendly; submits YYYY-MM-DD. */
export function DateField(props: Omit<InputFieldProps, "type">) {
  return <InputField type="date" {...props} className={cn("max-w-56", props.className)} />;
}

export { CheckboxField, RadioGroupField } from "./choice-fields";
