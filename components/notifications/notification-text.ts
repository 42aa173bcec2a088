import { formatDay } from "@/lib/i18n/dates";
import type { NotificationKind } from "@/db/schema/notifications";

type Translate = (key: string, values?: Record<string, string | number>) => string;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The sentence for a notification in the reader's language; stored calendar dates are written for the reader's locale. */
export function notificationText(t: Translate, kind: NotificationKind, params: Record<string, string | number>, locale: string): string {
  const values: Record<string, string | number> = { client: "", creditor: "", title: "", file: "", number: 0, date: "", ...params };
  if (typeof values.date === "string" && ISO_DAY.test(values.date)) values.date = formatDay(values.date, locale);
  // A creditor stored in both languages is named in the reader's (older notices hold one name).
  const named = locale === "zh-CN" ? params.creditorZh || params.creditorEn : params.creditorEn;
  if (typeof named === "string" && named) values.creditor = named;
  return t(`notifications.kinds.${kind}`, values);
}
