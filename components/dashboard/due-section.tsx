import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { SessionUser } from "@/lib/auth/permissions";
import { listDashboardSection } from "@/lib/dal/dashboard-items";
import { boundedSection } from "@/lib/dashboard/order";
import { SECTION_CAP, SECTION_LIMIT, type DashboardSection } from "@/lib/dashboard/sections";
import type { MoneyLocale } from "@/lib/finance/money";
import { itemParams } from "@/lib/dashboard/item-text";
import { DueList, type DueLine } from "./due-list";

type Props = { user: SessionUser; section: DashboardSection; expanded: boolean };

/** One dashboard section: its items in dashboard order, each one link to where to act. */
export async function DueSection({ user, section, expanded }: Props) {
  const limit = expanded ? SECTION_CAP : SECTION_LIMIT;
  const [t, locale, { items, total }] = await Promise.all([getTranslations("dashboard"), getLocale(), listDashboardSection(user, section, limit)]);
  const { shown, more, capped } = boundedSection(items, limit, total, SECTION_CAP);
  const headingId = `dash-${section}-heading`;
  return (
    <Card id={`dash-${section}`} aria-labelledby={headingId}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          {t(`sections.${section}.title`)}
        </h2>
        {/* Overdue items come first, so the items read say whether any is overdue. */}
        {total > 0 ? <Badge tone={items.some((i) => i.overdue) ? "danger" : "info"}>{t(capped ? "itemCountAtLeast" : "itemCount", { count: total })}</Badge> : null}
      </div>
      {shown.length === 0 ? (
        <p className="mt-3 text-sm text-ink-muted">{t(`sections.${section}.empty`)}</p>
      ) : (
        <DueList
          lines={shown.map((item): DueLine => [item.id, item.clientName, t(`sections.${section}.item`, itemParams(item, locale as MoneyLocale)), item.href, item.overdue])}
          overdueLabel={t("overdue")}
        />
      )}
      {more > 0 ? (
        <p className="mt-2 text-sm">
          <Link href={`/dashboard?expand=${section}#dash-${section}`} className="font-medium text-brand-700 underline">
            {t(capped ? "moreAtLeast" : "more", { count: more })}
          </Link>
        </p>
      ) : expanded && total > SECTION_LIMIT ? (
        <p className="mt-2 text-sm">
          <Link href={`/dashboard#dash-${section}`} className="font-medium text-brand-700 underline">
            {t("fewer")}
          </Link>
        </p>
      ) : null}
    </Card>
  );
}
