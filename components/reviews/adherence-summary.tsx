import { getTranslations } from "next-intl/server";
import { money } from "@/components/debts/format";
import type { CurrencyCode } from "@/lib/finance";

type Figures = { paid: number; partlyPaid: number; missed: number; arrears: { currency: string; amount: number }[] };

/** Instalments paid, partly paid and missed, and the arrears, as a definition list. */
export async function AdherenceSummary({ figures, locale, hasPlans }: { figures: Figures; locale: string; hasPlans: boolean }) {
  const t = await getTranslations("reviews");
  if (!hasPlans) return <p className="text-ink-muted">{t("noPlans")}</p>;
  const arrears = figures.arrears.length ? figures.arrears.map((a) => money(a.amount, a.currency as CurrencyCode, locale)).join(" + ") : t("noArrears");
  const items: [string, string | number][] = [
    [t("paid"), figures.paid],
    [t("partlyPaid"), figures.partlyPaid],
    [t("missed"), figures.missed],
    [t("arrears"), arrears],
  ];
  return (
    <dl className="grid gap-3 sm:grid-cols-4">
      {items.map(([label, value]) => (
        <div key={label}>
          <dt className="text-sm text-ink-muted">{label}</dt>
          <dd className="text-lg font-semibold">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
