import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { DateField, InputField, SelectField } from "@/components/ui/field";
import type { AuditQuery } from "@/lib/audit/query";

/** A plain GET form: the filters live in the URL and the CSV export uses the same ones. */
export async function AuditFilters({ query, actors }: { query: AuditQuery; actors: { id: string; name: string }[] }) {
  const t = await getTranslations("supervision.audit");
  return (
    <form method="get" action="/admin/audit" role="search" aria-label={t("filters")} className="grid items-end gap-3 sm:grid-cols-2 lg:grid-cols-3">
      <SelectField id="actor" name="actor" label={t("actor")} defaultValue={query.actorId ?? ""}>
        <option value="">{t("anyActor")}</option>
        {actors.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </SelectField>
      <InputField id="action" name="action" label={t("action")} hint={t("actionHint")} defaultValue={query.action ?? ""} />
      <InputField id="client" name="client" label={t("client")} hint={t("clientHint")} defaultValue={query.clientRef ?? ""} />
      <DateField id="from" name="from" label={t("from")} defaultValue={query.from} required />
      <DateField id="to" name="to" label={t("to")} defaultValue={query.to} required />
      <div className="flex gap-2 pb-6">
        <Button type="submit">{t("apply")}</Button>
        <Link href="/admin/audit" className="inline-flex min-h-10 items-center px-2 text-sm text-brand-700 underline">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
