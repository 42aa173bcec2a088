"use client";

import { useTranslations } from "next-intl";
import { CheckboxField } from "@/components/ui/field";

/** What the portal page knows when the client has no sensitive-data consent in force. */
export type PortalConsent = { version: string; wording: string; kinds: readonly string[] };

type Props = { id: string; wording: string; checked: boolean; onChange: (checked: boolean) => void };

/**
 * The wording staff record consent to, beside an upload of medical or hardship evidence. The tick
 * goes with each file; the server records the consent (or refuses the file) — the box decides nothing.
 */
export function SensitiveConsent({ id, wording, checked, onChange }: Props) {
  const t = useTranslations("documents.upload");
  return (
    <fieldset className="space-y-3 rounded-[var(--radius-control)] border border-line p-3">
      <legend className="px-1 font-medium">{t("consentLegend")}</legend>
      <p id={`${id}-wording`} className="rounded-[var(--radius-control)] bg-canvas p-3 text-sm">
        {wording}
      </p>
      <CheckboxField id={id} label={t("consentAgree")} checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={`${id}-wording`} />
    </fieldset>
  );
}
