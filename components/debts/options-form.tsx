import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { DateField, InputField } from "@/components/ui/field";
import type { OptionsQuery } from "@/lib/validation/debts";

type Props = { query: OptionsQuery; evidenceFor: string; lumpSumError: string | null };

/** A GET form: the chosen figures live in the URL, so a comparison can be bookmarked or shared with a colleague. */
export async function OptionsForm({ query, evidenceFor, lumpSumError }: Props) {
  const t = await getTranslations("debtOptions");
  return (
    <form method="get" className="grid gap-4 sm:grid-cols-3" aria-labelledby="compare-heading">
      {/* Chosen in the evidence card; kept so comparing does not reset it. */}
      <input type="hidden" name="evidenceFor" value={evidenceFor} />
      <InputField id="opt-extend" name="extendMonths" inputMode="numeric" label={t("extendMonths")} defaultValue={String(query.extendMonths)} />
      <DateField id="opt-pause" name="pauseUntil" label={t("pauseUntil")} defaultValue={query.pauseUntil ?? ""} />
      <InputField id="opt-waiver" name="waiverMonths" inputMode="numeric" label={t("waiverMonths")} defaultValue={String(query.waiverMonths)} />
      <InputField id="opt-plan" name="planMonths" inputMode="numeric" label={t("planMonths")} defaultValue={String(query.planMonths)} />
      <InputField id="opt-lump" name="lumpSum" inputMode="decimal" label={t("lumpSum")} defaultValue={query.lumpSum ?? ""} error={lumpSumError ?? undefined} />
      <DateField id="opt-cleared" name="clearedOn" label={t("clearedOn")} defaultValue={query.clearedOn ?? ""} />
      <div className="sm:col-span-3">
        <Button type="submit" variant="secondary">
          {t("update")}
        </Button>
      </div>
    </form>
  );
}
