import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { formatDay } from "@/lib/i18n/dates";

const PREPARE = ["payslips", "bankStatements", "creditorLetters", "householdCosts"] as const;

/**
 * The portal home's review card: the next review date, what to bring, and where to report a change.
 * A closed case has no review to come (closing cancelled it, and none is scheduled while closed): it
 * promises no date, and a change can still be reported.
 */
export async function PortalNextReview({ dueOn, closed }: { dueOn: string | null; closed: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("reviews.portal"), getLocale()]);
  return (
    <Card aria-labelledby="next-review-heading">
      <h2 id="next-review-heading" className="text-lg font-semibold">
        {t("nextTitle")}
      </h2>
      <p className="mt-2 font-medium">{closed ? t("noneClosed") : dueOn ? t("nextOn", { date: formatDay(dueOn, locale) }) : t("noneYet")}</p>
      {closed ? null : (
        <>
          <h3 className="mt-4 font-semibold">{t("prepareTitle")}</h3>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {PREPARE.map((key) => (
              <li key={key}>{t(`prepare.${key}`)}</li>
            ))}
          </ul>
        </>
      )}
      <p className="mt-4">{t("changePrompt")}</p>
      <Link href="/portal/changes" className="mt-1 inline-block min-h-10 py-2 font-medium text-brand-700 underline">
        {t("changeLink")}
      </Link>
    </Card>
  );
}
