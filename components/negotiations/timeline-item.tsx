import { getTranslations } from "next-intl/server";
import { creditorName } from "@/components/creditors/creditor-name";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/link-button";
import { negotiationOutcomeTone } from "@/components/ui/status-tones";
import type { TimelineEntry } from "@/lib/dal/negotiations";
import type { CurrencyCode } from "@/lib/finance";
import { ConfirmForm } from "./confirm-form";
import { LocalTime } from "./local-time";
import { figuresText } from "./terms";
import { formatDay } from "@/lib/i18n/dates";
import { dateFormat } from "@/lib/i18n/formats";

type Props = {
  entry: TimelineEntry;
  clientId: string;
  locale: string;
  timeZone: string;
  /** The entries on this page: a linked original or correction elsewhere is named, not linked. */
  shown: ReadonlySet<string>;
  /** Filters are on: what is not shown may be filtered out rather than on another page. */
  filtered: boolean;
  agreementDocuments: { id: string; name: string }[];
};

export async function TimelineItem({ entry, clientId, locale, timeZone, shown, filtered, agreementDocuments }: Props) {
  const t = await getTranslations("negotiations");
  const currency = entry.currency as CurrencyCode;
  const at = (date: Date | null) => (date ? dateFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(date) : "");
  // The original or the correction, by its contact time: a link when it is on this page, else where it is.
  const linked = (key: "correctionOf" | "correctedBy", id: string, contactedAt: Date | null) =>
    shown.has(id) ? (
      <a className="text-brand-700 underline" href={`#entry-${id}`}>
        {t(key, { date: at(contactedAt) })}
      </a>
    ) : (
      <span className="text-ink-muted">{t(`${key}${filtered ? "Hidden" : "Elsewhere"}`, { date: at(contactedAt) })}</span>
    );
  const asked = figuresText(t, { months: entry.requestedMonths, pauseUntil: entry.requestedPauseUntil, amount: entry.requestedAmount, interest: entry.requestedInterestWaiver, penalty: entry.requestedPenaltyWaiver }, currency, locale);
  const agreed = figuresText(t, { months: entry.grantedMonths, pauseUntil: entry.agreedPauseUntil, amount: null, monthly: entry.agreedMonthlyAmount, interest: entry.waivedInterest, penalty: entry.waivedPenalty }, currency, locale);
  const corrected = entry.correctedById !== null;
  const creditor = creditorName({ nameEn: entry.creditorNameEn, nameZh: entry.creditorNameZh }, locale);
  const request = t(`requestTypes.${entry.requestType}`);
  const agreedOutcome = entry.outcome === "agreed" || entry.outcome === "partially_agreed";
  return (
    <li id={`entry-${entry.id}`} className={corrected ? "rounded-[var(--radius-card)] border border-dashed border-line-strong bg-surface-muted p-4 opacity-80" : "rounded-[var(--radius-card)] border border-line bg-surface p-4"}>
      <article aria-label={`${request} · ${creditor}`}>
        <div className="flex flex-wrap items-center gap-2">
          <LocalTime iso={entry.contactedAt.toISOString()} agencyTimeZone={timeZone} />
          <span className="font-semibold">{creditor}</span>
          <span className="text-ink-muted">{t(`channels.${entry.channel}`)}</span>
          <Badge tone={negotiationOutcomeTone[entry.outcome]}>{t(`outcomes.${entry.outcome}`)}</Badge>
          {corrected ? <Badge tone="neutral">{t("corrected")}</Badge> : null}
          {entry.unconfirmed ? <Badge tone="warning">{t("unconfirmed")}</Badge> : null}
          {entry.duringPause ? <Badge tone="warning">{t("duringPause")}</Badge> : null}
        </div>
        <p className="mt-2 text-sm">
          {entry.counterpartName}
          {entry.counterpartReference ? ` (${entry.counterpartReference})` : ""}
        </p>
        <dl className="mt-2 grid gap-1 text-sm sm:grid-cols-[8rem_1fr]">
          <dt className="text-ink-muted">{t("requested")}</dt>
          <dd>{[request, asked].filter(Boolean).join(" · ")}</dd>
          {agreed ? (
            <>
              <dt className="text-ink-muted">{t("agreed")}</dt>
              <dd>{agreed}</dd>
            </>
          ) : null}
        </dl>
        {entry.notes ? <p className="mt-2 whitespace-pre-line text-sm">{entry.notes}</p> : null}
        <p className="mt-2 text-xs text-ink-muted">
          {[t("by", { name: entry.recordedByName }), entry.nextActionDate ? t("nextAction", { date: formatDay(entry.nextActionDate, locale) }) : null].filter(Boolean).join(" · ")}
        </p>
        {entry.correctsEntryId ? (
          <p className="mt-1 text-sm">
            {linked("correctionOf", entry.correctsEntryId, entry.correctsContactedAt)}
          </p>
        ) : null}
        {entry.correctedById !== null ? (
          <p className="mt-1 text-sm">
            {linked("correctedBy", entry.correctedById, entry.correctedByContactedAt)}
          </p>
        ) : null}
        {entry.confirmations.map((c) => (
          <p key={c.createdAt.toISOString()} className="mt-1 text-sm text-success-fg">
            {t("confirmedWith", { what: [c.documentName, c.reference].filter(Boolean).join(" · ") })}
          </p>
        ))}
        {!corrected ? (
          <div className="mt-3 flex flex-wrap gap-2">
            <LinkButton variant="secondary" href={`/clients/${clientId}/negotiations/new?corrects=${entry.id}`} aria-label={`${t("correct")}: ${at(entry.contactedAt)}`}>
              {t("correct")}
            </LinkButton>
            {agreedOutcome ? (
              <LinkButton variant="secondary" href={`/clients/${clientId}/plans/new?entry=${entry.id}`} aria-label={t("makePlanFor", { request, creditor, date: at(entry.contactedAt) })}>
                {t("makePlan")}
              </LinkButton>
            ) : null}
          </div>
        ) : null}
        {entry.unconfirmed ? <ConfirmForm clientId={clientId} entryId={entry.id} documents={agreementDocuments} /> : null}
      </article>
    </li>
  );
}
