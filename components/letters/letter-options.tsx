import { getTranslations } from "next-intl/server";
import { buttonClassName } from "@/components/ui/button";
import { DateField, InputField, SelectField } from "@/components/ui/field";
import { negotiationRequestTypes } from "@/db/schema/negotiations";
import type { LetterQuery } from "@/lib/letters/query";
import { letterLanguages, type LetterField } from "@/lib/letters/types";

type Props = { action: string; query: LetterQuery; debts: { id: string; label: string }[]; errors: Partial<Record<LetterField, string>> };

/** A GET form: the letter's options live in the URL, so the preview and the DOCX link agree. Typed figures come back as typed, with their errors. */
export async function LetterOptions({ action, query, debts, errors }: Props) {
  const t = await getTranslations();
  return (
    <form method="get" action={action} className="grid gap-4 sm:grid-cols-3 sm:items-start" noValidate>
      <SelectField id="letter-debt" name="debt" label={t("letters.debt")} defaultValue={query.debt ?? ""} required>
        <option value="">{t("letters.chooseDebt")}</option>
        {debts.map((d) => <option key={d.id} value={d.id}>{d.label}</option>)}
      </SelectField>
      <SelectField id="letter-lang" name="lang" label={t("letters.language")} defaultValue={query.lang}>
        {letterLanguages.map((l) => <option key={l} value={l}>{t(`letters.languages.${l}`)}</option>)}
      </SelectField>
      <SelectField id="letter-type" name="type" label={t("letters.requestType")} defaultValue={query.type}>
        {negotiationRequestTypes.map((r) => <option key={r} value={r}>{t(`negotiations.requestTypes.${r}`)}</option>)}
      </SelectField>
      <InputField id="letter-months" name="months" inputMode="numeric" label={t("letters.months")} defaultValue={query.months ?? ""} error={errors.months} />
      <DateField id="letter-until" name="until" label={t("letters.pauseUntil")} defaultValue={query.until ?? ""} error={errors.until} />
      <InputField id="letter-amount" name="amount" inputMode="decimal" label={t("letters.amount")} hint={t("letters.amountHint")} defaultValue={query.amount ?? ""} error={errors.amount} />
      <div className="sm:col-span-3">
        <button type="submit" className={buttonClassName("primary")}>{t("letters.show")}</button>
      </div>
    </form>
  );
}
