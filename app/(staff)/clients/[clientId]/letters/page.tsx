import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { creditorName } from "@/components/creditors/creditor-name";
import { orNotFound } from "@/components/debts/or-not-found";
import { LetterOptions } from "@/components/letters/letter-options";
import { LetterView } from "@/components/letters/letter-view";
import { PrintButton } from "@/components/letters/print-button";
import { SaveLetterForm } from "@/components/letters/save-letter-form";
import { CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { listDebts } from "@/lib/dal/debts";
import { getLetter } from "@/lib/dal/letters";
import { letterRequest, letterSearch, readSearch } from "@/lib/letters/query";
import { loadClient } from "../load-client";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("letters"))("title") };
}

async function LettersPage(props: { params: Promise<{ clientId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ clientId }, search] = await Promise.all([props.params, props.searchParams]);
  const { user } = await loadClient(clientId);
  const [debts, t, locale] = await Promise.all([orNotFound(listDebts(user, clientId)), getTranslations("letters"), getLocale()]);
  const query = readSearch(search);
  const debt = debts.find((d) => d.id === query.debt) ?? (debts.length === 1 ? debts[0] : undefined);
  const letter = debt ? await orNotFound(getLetter(user, clientId, debt.id, query.lang, letterRequest(query, debt.currency))) : null;
  const options = debts.map((d) => ({ id: d.id, label: [creditorName({ nameEn: d.creditorNameEn, nameZh: d.creditorNameZh }, locale), d.product, d.accountMasked].filter(Boolean).join(" · ") }));
  const qs = letterSearch(query);
  return (
    <div className="space-y-6">
      <CardHeader title={t("title")} />
      <p className="text-ink-muted">{t("intro")}</p>
      {debts.length ? (
        <LetterOptions action={`/clients/${clientId}/letters`} query={{ ...query, debt: debt?.id }} debts={options} />
      ) : (
        <EmptyState title={t("noDebts")} action={<LinkButton href={`/clients/${clientId}/debts`}>{(await getTranslations("negotiations"))("addDebts")}</LinkButton>} />
      )}
      {letter && debt ? (
        <>
          <div className="flex flex-wrap items-center gap-3">
            <PrintButton />
            <a className="text-brand-700 underline" href={`/api/letters/${clientId}/${debt.id}?${qs}`} download>
              {t("download")}
            </a>
            <SaveLetterForm clientId={clientId} options={{ debt: debt.id, ...Object.fromEntries(new URLSearchParams(qs)) }} />
          </div>
          <LetterView letter={letter} language={query.lang} label={t("preview")} />
        </>
      ) : null}
    </div>
  );
}

export default withClientMessages(["letters"], LettersPage);
