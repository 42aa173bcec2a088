import { useEffect, useRef, type RefObject } from "react";
import type { FormState } from "@/lib/validation/form";

/**
 * Keeps a form as the user left it when its action refuses it, and puts the focus on the first field
 * in error. React resets a form after its action: inputs come back as their `defaultValue` (the values
 * the action returned), but an uncontrolled `<select>` goes back to the option it was mounted with and
 * the choice is lost. A key per refused submission remounts the fields with what was sent; then the
 * first field marked invalid takes the focus, so a keyboard or screen-reader user lands on what to fix.
 * Use as `const { key, ref } = useRefusedForm(state)` and `<form key={key} ref={ref} …>`.
 */
export function useRefusedForm<T>(state: FormState<T>): { key: string; ref: RefObject<HTMLFormElement | null> } {
  const ref = useRef<HTMLFormElement>(null);
  const refused = state && !state.ok ? state : null;
  useEffect(() => {
    if (refused) ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refused]);
  return { key: refused?.values ? JSON.stringify(refused.values) : "form", ref };
}
