import type { ReactNode } from "react";
import { FieldError } from "@/components/ui/field-parts";

type Props = {
  id: string;
  name: string;
  legend: ReactNode;
  options: { value: string; label: string }[];
  checked: readonly string[];
  error?: string;
};

/** A group of checkboxes sharing one name: the form submits every ticked value. */
export function ChoiceGroup({ id, name, legend, options, checked, error }: Props) {
  const errorId = `${id}-error`;
  return (
    <fieldset id={id} aria-describedby={error ? errorId : undefined} className="space-y-2">
      <legend className="text-sm font-medium text-ink">{legend}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-3 text-sm">
            <input type="checkbox" name={name} value={option.value} defaultChecked={checked.includes(option.value)} className="size-5 accent-brand-600" />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError id={errorId} error={error} />
    </fieldset>
  );
}
