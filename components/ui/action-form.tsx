"use client";

import { useEffect, useRef, type FormHTMLAttributes } from "react";
import type { FormState } from "@/lib/validation/form";

type Props<T> = FormHTMLAttributes<HTMLFormElement> & { state: FormState<T> };

/**
 * A form for a `useActionState` action that stays as the user left it when the action refuses it, and
 * puts the focus on the first field in error. React resets a form after its action: inputs come back
 * as their `defaultValue` (the values the action returned), but an uncontrolled `<select>` goes back to
 * the option it was mounted with and the choice is lost. A key per refused submission remounts the
 * fields with what was sent; then the first field marked invalid takes the focus, so a keyboard or
 * screen-reader user lands on what to fix. (A select the component holds needs `ControlledSelectField`
 * as well: a refusal with unchanged values keeps the key, and the reset would move it.)
 */
export function ActionForm<T>({ state, ...props }: Props<T>) {
  const ref = useRef<HTMLFormElement>(null);
  const refused = state && !state.ok ? state : null;
  useEffect(() => {
    if (refused) ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refused]);
  return <form key={refused?.values ? JSON.stringify(refused.values) : "form"} ref={ref} {...props} />;
}
