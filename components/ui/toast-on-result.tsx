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
