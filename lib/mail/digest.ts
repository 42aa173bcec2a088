import { createTranslator } from "next-intl";
import { itemParams } from "@/lib/dashboard/item-text";
import { formatDay } from "@/lib/i18n/dates";
import { SECTION_CAP, type DashboardItem, type DashboardSection } from "@/lib/dashboard/sections";
import en from "@/lib/i18n/messages/en.json";
import zh from "@/lib/i18n/messages/zh-CN.json";
import type { MailMessage } from "./index";

type Locale = "en" | "zh-CN";

/**
 * The counsellor's daily digest in their own language: each item as on the dashboard (overdue
 * first) but without file names, request titles or amounts, with the link to act on it. Plain text, so every mail
 * client shows the same thing.
 */
export function composeDigest(input: { to: string; name: string; locale: Locale; day: string; items: DashboardItem[]; appUrl: string; capped?: readonly DashboardSection[] }): MailMessage {
  const { locale, items, appUrl } = input;
  const t = createTranslator({ locale, messages: locale === "zh-CN" ? zh : en });
  const date = formatDay(input.day, locale);
  const lines = [t("notifications.digest.greeting", { name: input.name }), "", t("notifications.digest.intro", { date }), ""];
  let section: DashboardSection | null = null;
  // A section read to its cap may hold more than it lists: say so where it ends.
  const more = (done: DashboardSection | null) => {
    if (done && input.capped?.includes(done)) lines.push(t("notifications.digest.more", { count: SECTION_CAP, link: `${appUrl}/dashboard` }));
  };
  for (const item of items) {
    if (item.section !== section) {
      more(section);
      section = item.section;
      lines.push("", t(`dashboard.sections.${item.section}.title`));
    }
    const mark = item.overdue ? ` ${t("notifications.digest.overdueMark")}` : "";
    // Mail leaves the application: a client's file name or a request's title (either may name an
    // illness) and money owed stay behind the link; the rest reads as on the dashboard.
    const key =
      item.section === "documents" || item.section === "requests" || item.section === "instalments"
        ? (`notifications.digest.items.${item.section}` as const)
        : (`dashboard.sections.${item.section}.item` as const);
    lines.push(`- ${item.clientName}: ${t(key, itemParams(item, locale))}${mark}`, `  ${appUrl}${item.href}`);
  }
  more(section);
  if (items.length === 0) lines.push(t("notifications.digest.none"));
  lines.push("", t("notifications.digest.outro", { link: `${appUrl}/dashboard` }), "");
  return { to: input.to, subject: t("notifications.digest.subject", { date }), text: lines.join("\n") };
}
