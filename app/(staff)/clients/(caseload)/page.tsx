import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CaseloadFilters } from "@/components/clients/caseload-filters";
import { CaseloadTable } from "@/components/clients/caseload-table";
import { FileLinkButton, LinkButton } from "@/components/ui/link-button";
import { requireArea } from "@/lib/auth/session";
import { caseloadSearch, parseCaseloadQuery } from "@/lib/clients/caseload-query";
import { formerCounsellor, listAssignableCounsellors } from "@/lib/dal/client-access";
import { listClients } from "@/lib/dal/client-list";
import { listCreditorOptions } from "@/lib/dal/creditors";
import { creditorShortName } from "@/components/creditors/creditor-name";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("clients"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function ClientsPage({ searchParams }: Props) {
  const user = await requireArea("staff");
  const query = parseCaseloadQuery(await searchParams);
  const senior = user.role !== "counsellor";
  const [t, locale, page, counsellors, creditors] = await Promise.all([
    getTranslations(),
    getLocale(),
    listClients(user, query),
    senior ? listAssignableCounsellors(user) : null,
    listCreditorOptions(user),
  ]);
  const filtered = Boolean(query.q || query.status.length || query.counsellorId || query.reviewOverdue || query.creditorId);
  // Filtered on a counsellor who has left (a team overview link): name them in the filter, not "any".
  const former = counsellors && query.counsellorId && !counsellors.some((c) => c.id === query.counsellorId) ? await formerCounsellor(user, query.counsellorId) : null;
  const filterCounsellors = counsellors && former ? [...counsellors, { id: former.id, name: t("clients.filters.formerCounsellor", { name: former.name }) }] : counsellors;
  const search = caseloadSearch({ ...query, page: 1 });
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("clients.title")}</h1>
          <p className="text-ink-muted">{t(user.role === "counsellor" ? "clients.introOwn" : user.role === "supervisor" ? "clients.introTeam" : "clients.introAll")}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <FileLinkButton href={`/api/clients/export${search}`}>
            {t("clients.export")}
          </FileLinkButton>
          <LinkButton href="/clients/new">{t("clients.new.title")}</LinkButton>
        </div>
      </div>
      <CaseloadFilters query={query} counsellors={filterCounsellors} creditors={creditors.map((c) => ({ id: c.id, name: creditorShortName(c, locale) }))} />
      <CaseloadTable
        key={caseloadSearch(query)}
        // Only the columns the table shows travel to the browser (not e-mail, counsellor id, created).
        rows={page.rows.map(({ id, reference, fullName, phone, status, counsellorName, updatedAt }) => ({ id, reference, fullName, phone, status, counsellorName, updatedAt }))}
        caption={t("clients.caseloadCaption")}
        total={page.total}
        capped={page.capped}
        query={query}
        showCounsellor={senior}
        counsellors={counsellors}
        empty={
          filtered ? (
            <p>
              {t("clients.emptyFiltered")}{" "}
              <Link href="/clients" className="text-brand-700 underline">
                {t("clients.filters.clear")}
              </Link>
            </p>
          ) : (
            <p>
              {t("clients.empty")}{" "}
              <Link href="/clients/new" className="text-brand-700 underline">
                {t("clients.new.title")}
              </Link>
            </p>
          )
        }
      />
    </div>
  );
}

export default withClientMessages(["clients.columns", "clients.assign"], ClientsPage);
