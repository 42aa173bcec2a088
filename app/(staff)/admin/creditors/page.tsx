import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CreditorForm } from "@/components/creditors/creditor-form";
import { Card } from "@/components/ui/card";
import { requireArea } from "@/lib/auth/session";
import { listCreditors } from "@/lib/dal/creditors";
import { formatMultiplier } from "@/lib/finance";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("creditors"))("title") };
}

/** Readable by all staff (they pick creditors and call them); only admins see the editing controls. */
export default async function CreditorsPage() {
  const user = await requireArea("staff");
  const [t, locale, creditors] = await Promise.all([getTranslations(), getLocale(), listCreditors(user)]);
  const isAdmin = user.role === "admin";
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("creditors.title")}</h1>
        <p className="text-ink-muted">{t("creditors.intro")}</p>
      </div>
      {isAdmin ? (
        <Card aria-labelledby="new-creditor-heading">
          <h2 id="new-creditor-heading" className="text-lg font-semibold">
            {t("creditors.createTitle")}
          </h2>
          <CreditorForm />
        </Card>
      ) : null}
      {creditors.length === 0 ? (
        <p className="text-ink-muted">{t(isAdmin ? "creditors.emptyAdmin" : "creditors.empty")}</p>
      ) : (
        <Card className="overflow-x-auto p-0">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("creditors.tableCaption")}</caption>
            <thead className="border-b border-line bg-canvas">
              <tr>
                <th scope="col" className="px-4 py-3">{t("creditors.name")}</th>
                <th scope="col" className="px-4 py-3">{t("creditors.type")}</th>
                <th scope="col" className="px-4 py-3">{t("creditors.contact")}</th>
                <th scope="col" className="px-4 py-3">{t("creditors.defaultPenaltyMultiplier")}</th>
                <th scope="col" className="px-4 py-3">{t("creditors.maxInstalmentMonths")}</th>
                <th scope="col" className="px-4 py-3">{t("creditors.policyNotes")}</th>
                {isAdmin ? <th scope="col" className="px-4 py-3">{t("common.actions")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {creditors.map((c) => {
                const [primary, secondary] = locale === "zh-CN" ? [c.nameZh, c.nameEn] : [c.nameEn, c.nameZh];
                return (
                  <tr key={c.id} className="border-b border-line align-top last:border-0">
                    <th scope="row" className="px-4 py-3 font-medium">
                      {primary}
                      <span className="block font-normal text-ink-muted">{secondary}</span>
                    </th>
                    <td className="px-4 py-3">{t(`creditors.types.${c.type}`)}</td>
                    <td className="px-4 py-3">
                      <dl className="space-y-1">
                        {(["inAppService", "hotline", "branch", "postalAddress", "email"] as const)
                          .filter((key) => c[key])
                          .map((key) => (
                            <div key={key}>
                              <dt className="inline text-ink-muted">{t(`creditors.${key}`)}: </dt>
                              <dd className="inline">{c[key]}</dd>
                            </div>
                          ))}
                      </dl>
                    </td>
                    <td className="px-4 py-3">×{formatMultiplier(c.defaultPenaltyMultiplier)}</td>
                    <td className="px-4 py-3">{c.maxInstalmentMonths ? t("creditors.months", { count: c.maxInstalmentMonths }) : "—"}</td>
                    <td className="max-w-xs px-4 py-3 text-ink-muted">{c.policyNotes}</td>
                    {isAdmin ? (
                      <td className="px-4 py-3">
                        <Link href={`/admin/creditors/${c.id}`} className="text-brand-700 underline">
                          {t("creditors.edit")}
                          <span className="sr-only"> {primary}</span>
                        </Link>
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </Card>
      )}
    </div>
  );
}
