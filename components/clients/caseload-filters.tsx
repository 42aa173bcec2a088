import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import { clientStatuses } from "@/db/schema/clients";
import { openStatuses, type CaseloadQuery } from "@/lib/clients/caseload-query";

type Props = { query: CaseloadQuery; counsellors: { id: string; name: string }[] | null; creditors: { id: string; name: string }[] };

/** A plain GET form: filters become URL parameters, so they work without JavaScript and can be shared. */
export async function CaseloadFilters({ query, counsellors, creditors }: Props) {
  const t = await getTranslations();
  // Several statuses come from a link (the team overview's open cases): offered as one choice, so
  // searching again keeps them rather than narrowing to the first.
  const inOrder = clientStatuses.filter((s) => query.status.includes(s));
  const chosen = inOrder.join(",");
  const open = openStatuses.join(",");
  const custom = inOrder.length > 1 && chosen !== open;
  return (
    <form method="get" action="/clients" role="search" aria-label={t("clients.filters.label")} className="grid items-end gap-3 sm:grid-cols-2 lg:grid-cols-3">
      <InputField id="q" name="q" type="search" label={t("clients.filters.search")} defaultValue={query.q ?? ""} placeholder={t("clients.filters.searchPlaceholder")} />
      <SelectField id="status" name="status" label={t("clients.filters.status")} defaultValue={chosen}>
        <option value="">{t("clients.filters.anyStatus")}</option>
        <option value={open}>{t("clients.filters.openStatuses")}</option>
        {custom ? <option value={chosen}>{inOrder.map((s) => t(`clientStatus.${s}`)).join(", ")}</option> : null}
        {clientStatuses.map((s) => (
          <option key={s} value={s}>
            {t(`clientStatus.${s}`)}
          </option>
        ))}
      </SelectField>
      <SelectField id="review" name="review" label={t("clients.filters.review")} defaultValue={query.reviewOverdue ? "overdue" : ""}>
        <option value="">{t("clients.filters.anyReview")}</option>
        <option value="overdue">{t("clients.filters.reviewOverdue")}</option>
      </SelectField>
      <SelectField id="creditor" name="creditor" label={t("clients.filters.creditor")} defaultValue={query.creditorId ?? ""}>
        <option value="">{t("clients.filters.anyCreditor")}</option>
        {creditors.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </SelectField>
      {counsellors ? (
        <SelectField id="counsellor" name="counsellor" label={t("clients.filters.counsellor")} defaultValue={query.counsellorId ?? ""}>
          <option value="">{t("clients.filters.anyCounsellor")}</option>
          {counsellors.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      {query.sort.column !== "updated" || query.sort.dir !== "desc" ? <input type="hidden" name="sort" value={`${query.sort.column}.${query.sort.dir}`} /> : null}
      {query.size !== 25 ? <input type="hidden" name="size" value={query.size} /> : null}
      <div className="flex gap-2 pb-6">
        <Button type="submit">{t("clients.filters.apply")}</Button>
        <Link href="/clients" className="inline-flex min-h-10 items-center px-2 text-sm text-brand-700 underline">
          {t("clients.filters.clear")}
        </Link>
      </div>
    </form>
  );
}
