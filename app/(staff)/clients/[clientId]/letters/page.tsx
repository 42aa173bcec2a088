import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { creditorName } from "@/components/creditors/creditor-name";
import { orNotFound } from "@/components/debts/or-not-found";
import { ConsentNeeded } from "@/components/letters/consent-needed";
import { LetterOptions } from "@/components/letters/letter-options";
import { LetterView } from "@/components/letters/letter-view";
import { PrintButton } from "@/components/letters/print-button";
import { SaveLetterForm } from "@/components/letters/save-letter-form";
import { CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormMessage } from "@/components/ui/form-message";
import { LinkButton } from "@/components/ui/link-button";
import type { SessionUser } from "@/lib/auth/permissions";
import { listDebts } from "@/lib/dal/debts";
import type { CurrencyCode } from "@/lib/finance";
import { NotFoundError } from "@/lib/dal/errors";
import { CreditorConsentError, LetterRequestError, getLetter, getLetterConsents } from "@/lib/dal/letters";
import { hasHealthDetails } from "@/lib/letters/health";
import { problemMessages } from "@/lib/letters/messages";
import { letterRequest, letterSearch, readSearch, type LetterQuery } from "@/lib/letters/query";
import type { Letter, LetterProblems } from "@/lib/letters/types";
import { loadClient } from "../load-client";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("letters"))("title") };
}

type Preview = { kind: "letter"; letter: Letter } | { kind: "invalid"; problems: LetterProblems } | { kind: "consent" };

/** The letter for the chosen options, or why there is none: a figure to correct, or the consent missing. */
async function preview(user: SessionUser, clientId: string, debt: { id: string; currency: CurrencyCode }, query: LetterQuery): Promise<Preview> {
  const parsed = letterRequest(query, debt.currency);
  if (!parsed.ok) return { kind: "invalid", problems: parsed.problems };
  try {
    return { kind: "letter", letter: await getLetter(user, clientId, debt.id, query.lang, parsed.request) };
  } catch (error) {
    if (error instanceof LetterRequestError) return { kind: "invalid", problems: error.problems };
    if (error instanceof CreditorConsentError) return { kind: "consent" };
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

async function LettersPage(props: { params: Promise<{ clientId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ clientId }, search] = await Promise.all([props.params, props.searchParams]);
  const { user, client } = await loadClient(clientId);
  const [debts, consent, t, locale] = await Promise.all([orNotFound(listDebts(user, clientId)), orNotFound(getLetterConsents(user, clientId)), getTranslations(), getLocale()]);
  const query = readSearch(search);
  const debt = debts.find((d) => d.id === query.debt) ?? (debts.length === 1 ? debts[0] : undefined);
  const result = consent.creditorContact && debt ? await preview(user, clientId, debt, query) : null;
  const errors = result?.kind === "invalid" && debt ? problemMessages(t, result.problems, debt.currency, locale === "zh-CN" ? "zh-CN" : "en") : {};
  const options = debts.map((d) => ({ id: d.id, label: [creditorName({ nameEn: d.creditorNameEn, nameZh: d.creditorNameZh }, locale), d.product, d.accountMasked].filter(Boolean).join(" · ") }));
  const qs = letterSearch(query);
  const healthLeftOut = !consent.sensitiveData && hasHealthDetails({ hardship: client.hardshipReasons, hardshipOther: client.hardshipOther });
  return (
    <div className="space-y-6">
      <CardHeader title={t("letters.title")} />
      <p className="text-ink-muted">{t("letters.intro")}</p>
      {!consent.creditorContact || result?.kind === "consent" ? (
        <ConsentNeeded clientId={clientId} clientName={client.fullName} />
      ) : debts.length ? (
        <LetterOptions action={`/clients/${clientId}/letters`} query={{ ...query, debt: debt?.id }} debts={options} errors={errors} />
      ) : (
        <EmptyState title={t("letters.noDebts")} action={<LinkButton href={`/clients/${clientId}/debts`}>{t("negotiations.addDebts")}</LinkButton>} />
      )}
      <FormMessage tone="error">{result?.kind === "invalid" ? t("letters.fixToShow") : undefined}</FormMessage>
      {result?.kind === "letter" && debt ? (
        <>
          <div className="flex flex-wrap items-center gap-3">
            <PrintButton />
            <a className="text-brand-700 underline" href={`/api/letters/${clientId}/${debt.id}?${qs}`} download>
              {t("letters.download")}
            </a>
            <SaveLetterForm clientId={clientId} options={{ debt: debt.id, ...Object.fromEntries(new URLSearchParams(qs)) }} />
          </div>
          {healthLeftOut ? <p className="text-sm text-ink-muted">{t("letters.healthLeftOut")}</p> : null}
          <LetterView letter={result.letter} language={query.lang} label={t("letters.preview")} />
        </>
      ) : null}
    </div>
  );
}

export default withClientMessages(["letters"], LettersPage);
