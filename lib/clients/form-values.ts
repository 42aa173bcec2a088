import type { FormState } from "@/lib/validation/form";

/**
 * `invalid()` keeps only string inputs for re-filling a form; checkbox groups arrive as arrays, so
 * they are joined here (comma-separated) and split again by the form.
 */
export function keepListValues(state: FormState<never>, input: Record<string, string | string[]>, fields: readonly string[]): FormState<never> {
  if (!state || state.ok) return state;
  const values = { ...state.values };
  for (const field of fields) {
    const value = input[field];
    if (value !== undefined) values[field] = Array.isArray(value) ? value.join(",") : value;
  }
  return { ...state, values };
}

export function listValue(values: Record<string, string> | undefined, field: string, fallback: readonly string[]): string[] {
  const value = values?.[field];
  return value === undefined ? [...fallback] : value.split(",").filter(Boolean);
}
