"use client";

import { useLayoutEffect, useRef, type RefObject } from "react";
import { SelectField, type SelectFieldProps } from "./field";

/**
 * For a `<select>` whose value a component holds (`value` and `onChange`) inside a form with an action.
 * After the action React resets the form (`form.reset()`), which puts a select back on the option
 * marked as its default — for a controlled select, the one it was first rendered with — while the
 * component's state still names the option the user chose (react#30580). The form would then show
 * and send one value while acting on another: after a refused "close the case", the next submission
 * moved the case to the first option's status instead. Marking the chosen option as the default
 * after every render makes the reset land where the state is. Returns the ref for the select.
 */
export function useResetProofSelect(value: string): RefObject<HTMLSelectElement | null> {
  const ref = useRef<HTMLSelectElement>(null);
  useLayoutEffect(() => {
    for (const option of ref.current?.options ?? []) option.defaultSelected = option.value === value;
  });
  return ref;
}

/** `SelectField` with a held value that survives the form's reset (see `useResetProofSelect`). */
export function ControlledSelectField({ value, ...props }: Omit<SelectFieldProps, "value" | "ref"> & { value: string }) {
  return <SelectField ref={useResetProofSelect(value)} value={value} {...props} />;
}
