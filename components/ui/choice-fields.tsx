import type { InputHTMLAttributes, ReactNode } from "react";
import { cn } from "./cn";
import { FieldError, FieldHint, fieldIds } from "./field-parts";

const boxClasses = "mt-0.5 size-5 shrink-0 accent-brand-600";

type CheckboxFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "type"> & {
  id: string;
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
};

/** One yes/no choice. Unchecked boxes submit nothing, so give the schema a default of false. */
export function CheckboxField({ id, label, error, hint, className, ...props }: CheckboxFieldProps) {
  const { hintId, errorId, describedBy } = fieldIds(id, hint, error);
  return (
    <div className={cn("space-y-1", className)}>
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className={boxClasses}
          {...props}
        />
        <div className="space-y-0.5">
          <label htmlFor={id} className="block text-sm font-medium text-ink">
            {label}
          </label>
          <FieldHint id={hintId}>{hint}</FieldHint>
        </div>
      </div>
      <FieldError id={errorId} error={error} />
    </div>
  );
}

export type RadioOption = { value: string; label: ReactNode; hint?: ReactNode; disabled?: boolean };

type RadioGroupFieldProps = {
  id: string;
  name: string;
  legend: ReactNode;
  options: RadioOption[];
  defaultValue?: string;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  /** "row" suits two or three short options; long labels read better stacked. */
  layout?: "stack" | "row";
};

/** A radiogroup fieldset: the legend names it, the error marks it invalid, arrow keys move between native radios. */
export function RadioGroupField({ id, name, legend, options, defaultValue, error, hint, required, layout = "stack" }: RadioGroupFieldProps) {
  const { hintId, errorId, describedBy } = fieldIds(id, hint, error);
  return (
    <fieldset
      id={id}
      role="radiogroup"
      aria-labelledby={`${id}-legend`}
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
      aria-required={required || undefined}
      className="space-y-2"
    >
      <legend id={`${id}-legend`} className="text-sm font-medium text-ink">
        {legend}
      </legend>
      <FieldHint id={hintId}>{hint}</FieldHint>
      <div className={cn("flex gap-x-6 gap-y-2", layout === "stack" ? "flex-col" : "flex-row flex-wrap")}>
        {options.map((option, index) => {
          const optionId = `${id}-${index}`;
          return (
            <div key={option.value} className="flex items-start gap-3">
              <input
                id={optionId}
                type="radio"
                name={name}
                value={option.value}
                defaultChecked={defaultValue === option.value}
                disabled={option.disabled}
                required={required}
                aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                className={boxClasses}
              />
              <div>
                <label htmlFor={optionId} className="text-sm text-ink">
                  {option.label}
                </label>
                <FieldHint id={`${optionId}-hint`}>{option.hint}</FieldHint>
              </div>
            </div>
          );
        })}
      </div>
      <FieldError id={errorId} error={error} />
    </fieldset>
  );
}
