import type { ClientDetail, ProfileField } from "@/lib/dal/clients";
import { profileFields, profileSnapshot } from "@/lib/dal/clients";
import type { ClientUpdateInput } from "@/lib/validation/clients";
import { type FormState, type Translate, typedValues } from "@/lib/validation/form";
import { keepListValues } from "./form-values";

/** A stored value as a person reads it, in their language. */
export function displayValue(field: ProfileField, value: unknown, t: Translate): string {
  if (value === null || value === undefined || value === "") return t("common.none");
  if (Array.isArray(value)) return value.length ? value.map((v) => displayValue(field, v, t)).join(", ") : t("common.none");
  switch (field) {
    case "employmentStatus":
      return t(`clients.employment.${String(value)}`);
    case "hardshipReasons":
      return t(`clients.hardship.${String(value)}`);
    case "vulnerabilities":
      return t(`clients.vulnerability.${String(value)}`);
    case "preferredLanguage":
      return t(`locale.${String(value)}`);
    default:
      return String(value);
  }
}

/**
 * The form state after a lost race: each field the other save changed (`changed`), where it now
 * differs from what was submitted, gets "now: …" beside it; the fields only this person changed are
 * left alone. The form is re-armed with the stored version and profile.
 */
export function describeConflict(
  current: ClientDetail,
  changed: readonly ProfileField[],
  submitted: ClientUpdateInput,
  input: Record<string, string | string[]>,
  t: Translate,
): FormState<never> {
  const fieldErrors: Record<string, string> = {};
  for (const field of profileFields) {
    if (changed.includes(field) && JSON.stringify(current[field] ?? null) !== JSON.stringify(submitted[field] ?? null)) {
      fieldErrors[field] = t("clients.edit.theirValue", { value: displayValue(field, current[field], t) });
    }
  }
  const state: FormState<never> = {
    ok: false,
    fieldErrors,
    message: t("clients.edit.conflict"),
    values: { ...typedValues(input), version: String(current.version), loaded: profileSnapshot(current) },
  };
  return keepListValues(state, input, ["hardshipReasons", "vulnerabilities"]);
}
