/** The creditor's name in the reader's language first, the other in brackets when it differs. */
export function creditorName(creditor: { nameEn: string; nameZh: string }, locale: string): string {
  const [first, second] = locale === "zh-CN" ? [creditor.nameZh, creditor.nameEn] : [creditor.nameEn, creditor.nameZh];
  return first === second ? first : `${first} · ${second}`;
}

export function creditorShortName(creditor: { nameEn: string; nameZh: string }, locale: string): string {
  return locale === "zh-CN" ? creditor.nameZh : creditor.nameEn;
}
