import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { creditorName } from "@/components/creditors/creditor-name";
import { orNotFound } from "@/components/debts/or-not-found";
import { PauseList } from "@/components/negotiations/pause-list";
import { TimelineFilters } from "@/components/negotiations/timeline-filters";
import { TimelineItem } from "@/components/negotiations/timeline-item";
import { TimelinePages } from "@/components/negotiations/timeline-pages";
import { CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormMessage } from "@/components/ui/form-message";
import Link from "@/components/ui/link";
import { LinkButton } from "@/components/ui/link-button";
import { listDebts } from "@/lib/dal/debts";
import { listDocuments } from "@/lib/dal/documents";
import { listNegotiationTimeline, NEGOTIATION_PAGE } from "@/lib/dal/negotiations";
import { listPauses } from "@/lib/dal/pauses";
import { getAgencySettings } from "@/lib/dal/settings";
import { timelineCursorSchema, timelineFilterSchema } from "@/lib/validation/negotiations";
import { loadClient } from "../load-client";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("negotiations"))("title") };
}

type Search = Record<string, string | string[] | undefined>;

async function ClientNegotiationsPage(props: { params: Promise<{ clientId: string }>; searchParams: Promise<Search> }) {
  const [{ clientId }, search] = await Promise.all([props.params, props.searchParams]);
  const { user } = await loadClient(clientId);
  const one = (key: string) => (Array.isArray(search[key]) ? search[key][0] : search[key]) || undefined;
  const filter = timelineFilterSchema.parse({ creditor: one("creditor"), debt: one("debt"), channel: one("channel"), outcome: one("outcome") });
  const before = timelineCursorSchema.parse(one("before"));
  const [read, debts, pauses, documents, settings, t, locale] = await Promise.all([
    // One more than a page: whether older entries follow.
    orNotFound(listNegotiationTimeline(user, clientId, filter, { limit: NEGOTIATION_PAGE + 1, before })),
    orNotFound(listDebts(user, clientId)),
    orNotFound(listPauses(user, clientId)),
    orNotFound(listDocuments(user, clientId)),
    getAgencySettings(),
    getTranslations("negotiations"),
    getLocale(),
  ]);
  const base = `/clients/${clientId}/negotiations`;
  const name = (d: { creditorNameEn: string; creditorNameZh: string }) => creditorName({ nameEn: d.creditorNameEn, nameZh: d.creditorNameZh }, locale);
  const debtOptions = debts.map((d) => ({ id: d.id, label: [name(d), d.product, d.accountMasked].filter(Boolean).join(" · ") }));
  const creditorOptions = [...new Map(debts.map((d) => [d.creditorId, { id: d.creditorId, label: name(d) }])).values()];
  // What confirmAgreement accepts: a signed agreement, neither withdrawn nor rejected.
  const agreements = documents.filter((d) => d.kind === "agreement" && !d.deletedAt && d.reviewStatus !== "rejected").map((d) => ({ id: d.id, name: d.originalName }));
  const entries = read.slice(0, NEGOTIATION_PAGE);
  const older = read.length > NEGOTIATION_PAGE ? entries.at(-1)?.id : undefined;
  const shown = new Set(entries.map((e) => e.id));
  const filtered = Object.values(filter).some(Boolean);
  const newHref = filter.debt ? `${base}/new?debt=${filter.debt}` : `${base}/new`;
  return (
    <div className="space-y-6">
      <CardHeader
        title={t("title")}
        actions={
          <>
            <LinkButton href={newHref}>{t("logContact")}</LinkButton>
            <LinkButton variant="secondary" href={`/clients/${clientId}/letters${filter.debt ? `?debt=${filter.debt}` : ""}`}>
              {t("letter")}
            </LinkButton>
          </>
        }
      />
      <p className="text-ink-muted">{t("intro")}</p>
      <FormMessage tone="success">
        {one("saved") ? t("saved") : undefined}
        {/* A correction ended the plans made from the entry it corrects (lib/dal/plan-endings.ts). */}
        {one("saved") && one("plansEnded") ? (
          <>
            {" "}
            {t("plansEnded")}{" "}
            <Link href={`/clients/${clientId}/plans`} className="underline">
              {t("plansEndedLink")}
            </Link>
          </>
        ) : null}
      </FormMessage>
      <TimelineFilters base={base} filter={filter} debts={debtOptions} creditors={creditorOptions} />
      {entries.length ? (
        <ol className="space-y-3" aria-label={t("title")}>
          {entries.map((entry) => (
            <TimelineItem key={entry.id} entry={entry} clientId={clientId} locale={locale} timeZone={settings.timeZone} shown={shown} filtered={filtered} agreementDocuments={agreements} />
          ))}
        </ol>
      ) : before ? (
        <p className="text-ink-muted">{t("noOlder")}</p>
      ) : (
        <EmptyState
          title={filtered ? t("emptyFiltered") : debts.length ? t("emptyTitle") : t("noDebts")}
          action={debts.length ? <LinkButton href={newHref}>{t("logContact")}</LinkButton> : <LinkButton href={`/clients/${clientId}/debts`}>{t("addDebts")}</LinkButton>}
        >
          {filtered ? null : debts.length ? t("emptyBody") : null}
        </EmptyState>
      )}
      <TimelinePages base={base} filter={filter} pageSize={NEGOTIATION_PAGE} before={before} older={older} />
      <PauseList pauses={pauses} locale={locale} />
    </div>
  );
}

export default withClientMessages(["negotiations"], ClientNegotiationsPage);
