import { compareText } from "@/lib/i18n/formats";
import { creditorName } from "@/components/creditors/creditor-name";
import type { Creditor } from "@/lib/dal/creditors";
import type { CreditorOption } from "./debt-form";

export function creditorOptions(creditors: Creditor[], locale: string): CreditorOption[] {
  return creditors
    .map((c) => ({ id: c.id, label: creditorName(c, locale) }))
    .sort((a, b) => compareText(a.label, b.label, locale));
}
