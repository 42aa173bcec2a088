import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CreditorForm } from "@/components/creditors/creditor-form";
import { Card } from "@/components/ui/card";
import { SimpleTable } from "@/components/ui/simple-table";
import { requireArea } from "@/lib/auth/session";
import { listCreditors } from "@/lib/dal/creditors";
import { formatMultiplier } from "@/lib/finance";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("creditors"))("title") };
}

/** Readable by all staff (they pick creditors and call them); only admins see the editing controls. */
async function CreditorsPage() {
  const user = await requireArea("staff");
  const [t, locale, creditors] = await Promise.all([getTranslations(), getLocale(), listCreditors(user)]);
  const isAdmin = user.role === "admin";
  // The name in the reader's language first, the other below it.
  const names = (c: (typeof creditors)[number]) => (locale === "zh-CN" ? [c.nameZh, c.nameEn] : [c.nameEn, c.nameZh]);
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
        <Card className="p-0">
          <SimpleTable
            caption={t("creditors.tableCaption")}
            captionHidden
            rows={creditors}
            rowKey={(c) => c.id}
            columns={[
              {
                key: "name",
                header: t("creditors.name"),
                rowHeader: true,
                cell: (c) => (
                  <>
                    {names(c)[0]}
                    <span className="block font-normal text-ink-muted">{names(c)[1]}</span>
                  </>
                ),
              },
              { key: "type", header: t("creditors.type"), cell: (c) => t(`creditors.types.${c.type}`) },
              {
                key: "contact",
                header: t("creditors.contact"),
                cell: (c) => (
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
                ),
              },
              { key: "penalty", header: t("creditors.defaultPenaltyMultiplier"), cell: (c) => `×${formatMultiplier(c.defaultPenaltyMultiplier)}` },
              { key: "months", header: t("creditors.maxInstalmentMonths"), cell: (c) => (c.maxInstalmentMonths ? t("creditors.months", { count: c.maxInstalmentMonths }) : "—") },
              { key: "notes", header: t("creditors.policyNotes"), className: "max-w-xs text-ink-muted", cell: (c) => c.policyNotes },
              ...(isAdmin
                ? [
                    {
                      key: "actions",
                      header: t("common.actions"),
                      cell: (c: (typeof creditors)[number]) => (
                        <Link href={`/admin/creditors/${c.id}`} className="text-brand-700 underline">
                          {t("creditors.edit")}
                          <span className="sr-only"> {names(c)[0]}</span>
                        </Link>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Card>
      )}
    </div>
  );
}

export default withClientMessages(["creditors"], CreditorsPage);
