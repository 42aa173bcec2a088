import { getTranslations } from "next-intl/server";
import { creditorName } from "@/components/creditors/creditor-name";
import { Card } from "@/components/ui/card";
import type { PauseView } from "@/lib/dal/pauses";
import { formatDay } from "@/lib/i18n/dates";

export async function PauseList({ pauses, locale }: { pauses: PauseView[]; locale: string }) {
  const t = await getTranslations("negotiations");
  return (
    <Card aria-labelledby="pauses-heading">
      <h2 id="pauses-heading" className="text-lg font-semibold">
        {t("pauses")}
      </h2>
      {pauses.length ? (
        <ul className="mt-2 space-y-1 text-sm">
          {pauses.map((p) => (
            <li key={p.id}>
              {t("pauseRow", { creditor: creditorName({ nameEn: p.creditorNameEn, nameZh: p.creditorNameZh }, locale), start: formatDay(p.startDate, locale), end: formatDay(p.endDate, locale), by: p.grantedBy })}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-sm text-ink-muted">{t("noPauses")}</p>
      )}
    </Card>
  );
}
