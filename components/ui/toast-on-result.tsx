"use client";

import { useEffect, useRef } from "react";
import { toast } from "sonner";
import type { FormState } from "@/lib/validation/form";

/**
 * Shows a success toast each time a form action returns `{ ok: true }`. Render it next to the form
 * with the `useActionState` state. Errors stay next to the fields instead, where they can be fixed.
 */
export function ToastOnResult<T>({ state, message }: { state: FormState<T>; message?: string }) {
  // Each action result is a new object; remembering the last one shown stops duplicate toasts.
  const shown = useRef<FormState<T>>(null);
  useEffect(() => {
    if (!state?.ok || shown.current === state) return;
    shown.current = state;
    const text = message ?? state.message;
    if (text) toast.success(text);
  }, [state, message]);
  return null;
}

/**
 * `action`, announcing its outcome as a toast the moment it returns: a success's message, and a
 * refusal that names no field (the record changed meanwhile). For controls that leave the page with
 * the refresh their own action causes (a withdrawn request's button): a message rendered beside them,
 * or an effect like ToastOnResult's, would leave with them unseen. Use instead of ToastOnResult.
 */
export function toastOutcome<S extends FormState<unknown>>(action: (prev: S, data: FormData) => Promise<S>) {
  return async (prev: S, data: FormData): Promise<S> => {
    const result = await action(prev, data);
    if (result?.ok && result.message) toast.success(result.message);
    else if (result && !result.ok && result.message && Object.keys(result.fieldErrors).length === 0) toast.error(result.message);
    return result;
  };
}
