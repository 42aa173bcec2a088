import { dateFormat } from "@/lib/i18n/formats";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ChangeForm } from "@/components/reviews/change-form";
import { Card, CardHeader } from "@/components/ui/card";
import { requireArea } from "@/lib/auth/session";
import { listMyChangeReports } from "@/lib/dal/change-reports";
import { getMyCase } from "@/lib/dal/portal";
import { getAgencySettings } from "@/lib/dal/settings";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reviews.portal"))("title") };
}

/** Report a change of circumstances; the counsellor is told and (on an open case) an earlier review is proposed. */
async function PortalChangesPage() {
  const user = await requireArea("portal");
  const [t, portal, locale, myCase, reports, settings] = await Promise.all([getTranslations("reviews"), getTranslations("portal"), getLocale(), getMyCase(user), listMyChangeReports(user), getAgencySettings()]);
  if (!myCase) {
    return (
      <Card>
        <p>{portal("noCase")}</p>
      </Card>
    );
  }
  const when = dateFormat(locale, { dateStyle: "medium", timeZone: settings.timeZone });
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("portal.title")}</h1>
        {/* A closed case schedules no review: promise none. */}
        <p className="text-ink-muted">{t(myCase.status === "closed" ? "portal.introClosed" : "portal.intro")}</p>
      </div>
      <Card>
        <ChangeForm />
      </Card>
      {reports.length ? (
        <Card aria-labelledby="my-changes-heading">
          <CardHeader id="my-changes-heading" title={t("portal.sentTitle")} />
          <ul className="mt-3 divide-y divide-line">
            {reports.map((r) => (
              <li key={r.id} className="py-3">
                <p className="font-medium">
                  {t(`changeKinds.${r.kind}`)} <span className="text-sm font-normal text-ink-muted">· {when.format(r.createdAt)}</span>
                </p>
                <p className="whitespace-pre-line">{r.details}</p>
                <p className="text-sm text-ink-muted">{r.acknowledgedAt ? t("portal.seen") : t("portal.notSeenYet")}</p>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}

export default withClientMessages(["reviews"], PortalChangesPage);
