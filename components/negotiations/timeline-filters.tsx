import { getTranslations } from "next-intl/server";
import { buttonClassName } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { negotiationChannels, negotiationOutcomes } from "@/db/schema/negotiations";
import type { TimelineFilter } from "@/lib/validation/negotiations";
import Link from "@/components/ui/link";

type Option = { id: string; label: string };

/** A plain GET form: the filters live in the URL, and the server reads them through an allow-list. */
export async function TimelineFilters({ base, filter, debts, creditors }: { base: string; filter: TimelineFilter; debts: Option[]; creditors: Option[] }) {
  const t = await getTranslations("negotiations");
  return (
    <form method="get" action={base} aria-label={t("filters")} className="grid gap-3 sm:grid-cols-5 sm:items-end">
      <SelectField id="filter-debt" name="debt" label={t("debt")} defaultValue={filter.debt ?? ""}>
        <option value="">{t("allDebts")}</option>
        {debts.map((d) => <option key={d.id} value={d.id}>{d.label}</option>)}
      </SelectField>
      <SelectField id="filter-creditor" name="creditor" label={t("creditor")} defaultValue={filter.creditor ?? ""}>
        <option value="">{t("allCreditors")}</option>
        {creditors.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
      </SelectField>
      <SelectField id="filter-channel" name="channel" label={t("channel")} defaultValue={filter.channel ?? ""}>
        <option value="">{t("allChannels")}</option>
        {negotiationChannels.map((c) => <option key={c} value={c}>{t(`channels.${c}`)}</option>)}
      </SelectField>
      <SelectField id="filter-outcome" name="outcome" label={t("outcome")} defaultValue={filter.outcome ?? ""}>
        <option value="">{t("allOutcomes")}</option>
        {negotiationOutcomes.map((o) => <option key={o} value={o}>{t(`outcomes.${o}`)}</option>)}
      </SelectField>
      <div className="flex gap-2 pb-1">
        <button type="submit" className={buttonClassName("secondary")}>{t("apply")}</button>
        <Link href={base} className={buttonClassName("ghost")}>{t("clear")}</Link>
      </div>
    </form>
  );
}
