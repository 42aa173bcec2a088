import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { DateField, SelectField } from "@/components/ui/field";
import { OptionList } from "@/components/ui/option-list";
import { negotiationChannels, negotiationRequestTypes } from "@/db/schema/negotiations";
import type { AnalyticsQuery } from "@/lib/analytics/query";

type Option = { id: string; name: string };
type Props = { query: AnalyticsQuery; counsellors: Option[]; creditors: Option[]; action: string };

/** A plain GET form: the range and filters live in the URL, so a view can be bookmarked and shared. */
export async function AnalyticsFilters({ query, counsellors, creditors, action }: Props) {
  const t = await getTranslations();
  return (
    <form method="get" action={action} role="search" aria-label={t("supervision.analytics.filters")} className="grid items-end gap-3 sm:grid-cols-2 lg:grid-cols-3">
      <DateField id="from" name="from" label={t("supervision.analytics.from")} defaultValue={query.from} required />
      <DateField id="to" name="to" label={t("supervision.analytics.to")} defaultValue={query.to} required />
      <SelectField id="counsellor" name="counsellor" label={t("supervision.analytics.counsellor")} defaultValue={query.counsellorId ?? ""}>
        <option value="">{t("supervision.analytics.anyCounsellor")}</option>
        <OptionList options={counsellors.map((c) => [c.id, c.name])} />
      </SelectField>
      <SelectField id="creditor" name="creditor" label={t("supervision.analytics.creditor")} defaultValue={query.creditorId ?? ""}>
        <option value="">{t("supervision.analytics.anyCreditor")}</option>
        <OptionList options={creditors.map((c) => [c.id, c.name])} />
      </SelectField>
      <SelectField id="type" name="type" label={t("supervision.analytics.requestType")} defaultValue={query.requestType ?? ""}>
        <option value="">{t("supervision.analytics.anyRequestType")}</option>
        {negotiationRequestTypes.map((r) => (
          <option key={r} value={r}>
            {t(`negotiations.requestTypes.${r}`)}
          </option>
        ))}
      </SelectField>
      <SelectField id="channel" name="channel" label={t("supervision.analytics.channel")} defaultValue={query.channel ?? ""}>
        <option value="">{t("supervision.analytics.anyChannel")}</option>
        {negotiationChannels.map((c) => (
          <option key={c} value={c}>
            {t(`negotiations.channels.${c}`)}
          </option>
        ))}
      </SelectField>
      {query.outcome ? <input type="hidden" name="outcome" value={query.outcome} /> : null}
      <div className="flex gap-2 pb-6 sm:col-span-2 lg:col-span-3">
        <Button type="submit">{t("supervision.analytics.apply")}</Button>
        <Link href={action} className="inline-flex min-h-10 items-center px-2 text-sm text-brand-700 underline">
          {t("supervision.analytics.clear")}
        </Link>
      </div>
    </form>
  );
}
