import { z } from "zod";

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The one shape every form action returns; `useActionState` reads it. */
export type FormState<T = undefined> =
  | { ok: false; fieldErrors: Record<string, string>; message?: string; values?: Record<string, string> }
  | { ok: true; message?: string; data?: T }
  | null;

/** FormData as a plain object, without the hidden fields React adds for server actions. */
export function formToObject(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (typeof value !== "string") continue;
    // Postgres text cannot hold NUL; one pasted into a field is dropped rather than failing the save.
    const text = value.replaceAll("\u0000", "");
    const existing = out[key];
    if (existing === undefined) out[key] = text;
    else out[key] = Array.isArray(existing) ? [...existing, text] : [existing, text];
  }
  return out;
}

/** Largest value of a PostgreSQL integer column, such as every `version`. */
export const MAX_VERSION = 2_147_483_647;

/**
 * The hidden `version` an edit form read. One that is not a whole number in the column's range is
 * not a version any row can have: it reads as a stale form (`message`), not as a crash at the query.
 */
export const versionField = (message = "errors.conflict") =>
  z.coerce.number(message).int(message).min(1, message).max(MAX_VERSION, message);

/**
 * The text fields as sent, for a refused form to show again (`FormState.values`): never a password,
 * and not a checkbox group (a list; a form adds those itself where it keeps them).
 */
export function typedValues(input: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(input).filter(([k, v]) => typeof v === "string" && !/password/i.test(k))) as Record<string, string>;
}

function issueKey(issue: z.core.$ZodIssue): { key: string; values?: Record<string, string | number> } {
  // Schemas may name a catalogue key as their message; otherwise the issue code picks one.
  if (/^[a-z]+\.[A-Za-z.]+$/.test(issue.message)) {
    const values: Record<string, string | number> = {};
    if ("minimum" in issue) values.min = Number(issue.minimum);
    if ("maximum" in issue) values.max = Number(issue.maximum);
    return { key: issue.message, values };
  }
  switch (issue.code) {
    case "too_small":
      return Number(issue.minimum) <= 1
        ? { key: "validation.required" }
        : { key: "validation.tooShort", values: { min: Number(issue.minimum) } };
    case "too_big":
      return { key: "validation.tooLong", values: { max: Number(issue.maximum) } };
    case "invalid_format":
      return { key: issue.format === "email" ? "validation.email" : "validation.invalid" };
    case "invalid_value":
      return { key: "validation.invalidChoice" };
    case "unrecognized_keys":
      return { key: "validation.unexpectedField" };
    case "invalid_type":
      return { key: issue.input === undefined ? "validation.required" : "validation.invalid" };
    default:
      return { key: "validation.invalid" };
  }
}

/** First error per field, in the user's language. */
export function fieldErrors(error: z.ZodError, t: Translate): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.join(".") : "_form";
    if (out[field]) continue;
    const { key, values } = issueKey(issue);
    out[field] = t(key, values);
  }
  return out;
}

export function invalid(error: z.ZodError, t: Translate, input?: Record<string, unknown>): FormState<never> {
  const values = input ? typedValues(input) : undefined;
  const errors = fieldErrors(error, t);
  // `version` is a hidden field with nowhere to show its error, so it is the form's message.
  return { ok: false, fieldErrors: errors, message: errors.version ?? t("validation.fixErrors"), values };
}
