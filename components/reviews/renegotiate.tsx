import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { creditorName } from "@/components/creditors/creditor-name";
import { money } from "@/components/debts/format";
import type { listDebts } from "@/lib/dal/debts";
import type { CurrencyCode } from "@/lib/finance";
import type { ReviewComparison } from "@/lib/reviews/comparison";

type Debt = Awaited<ReturnType<typeof listDebts>>[number];

const CLOSED = new Set(["settled", "written_off"]);

/**
 * When income fell and the surplus dropped (or the outcome says the plan needs adjusting): the
 * surplus change in words, and a link per open debt to start a new negotiation about it.
 */
export async function Renegotiate({ clientId, comparison, debts, currency, locale, needsAdjustment }: { clientId: string; comparison: ReviewComparison; debts: Debt[]; currency: CurrencyCode; locale: string; needsAdjustment: boolean }) {
  if (!comparison.suggestRenegotiation && !needsAdjustment) return null;
  const t = await getTranslations("reviews");
  const open = debts.filter((d) => !CLOSED.has(d.status));
  const surplus = comparison.change?.surplus;
  return (
    <section aria-labelledby="renegotiate-heading" className="space-y-3 rounded-[var(--radius-card)] border border-warning-fg/40 bg-warning-bg p-4">
      <h2 id="renegotiate-heading" className="text-lg font-semibold">
        {comparison.suggestRenegotiation ? t("suggestTitle") : t("adjustTitle")}
      </h2>
      {comparison.suggestRenegotiation && surplus ? (
        <p>{t("suggestBody", { before: money(surplus.before, currency, locale), after: money(surplus.after, currency, locale), drop: money(-surplus.delta, currency, locale) })}</p>
      ) : null}
      {open.length ? (
        <ul className="list-disc space-y-1 pl-5">
          {open.map((d) => (
            <li key={d.id}>
              <Link href={`/clients/${clientId}/negotiations/new?debt=${d.id}`} className="text-brand-700 underline">
                {t("negotiateWith", { creditor: [creditorName({ nameEn: d.creditorNameEn, nameZh: d.creditorNameZh }, locale), d.product].filter(Boolean).join(" · ") })}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-ink-muted">{t("noOpenDebts")}</p>
      )}
    </section>
  );
}
