import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { AffordableOffer } from "@/lib/dal/offers";
import { money } from "./format";

/**
 * Says why less of the surplus is offered than expected: the open priority debts need more each
 * month than the statement sets aside for them, and that shortfall is kept back for them first.
 */
export async function PriorityNote({ offer, locale, clientId }: { offer: AffordableOffer; locale: string; clientId: string }) {
  const { statement, priority } = offer;
  if (!statement || !priority || priority.shortfall === 0) return null;
  const t = await getTranslations("debtOptions.priorityShortfall");
  const fmt = (amount: number) => money(amount, statement.currency, locale);
  return (
    <div role="note" aria-labelledby="priority-note-heading" className="space-y-1 rounded-[var(--radius-control)] bg-warning-bg px-3 py-2 text-warning-fg">
      <p id="priority-note-heading" className="font-semibold">
        {t("title")}
      </p>
      <p>
        {t("body", { needed: fmt(priority.needed), budgeted: fmt(priority.budgeted), shortfall: fmt(priority.shortfall), surplus: fmt(statement.surplus) })}{" "}
        {priority.available > 0 ? t("left", { available: fmt(priority.available) }) : t("leftNothing")}
      </p>
      <p>
        <Link href={`/clients/${clientId}/budget/new`} className="underline">
          {t("fix")}
        </Link>
      </p>
    </div>
  );
}
