export type SearchParams = Record<string, string | string[] | undefined>;

/** Page 1 has no parameter, so the first page has one canonical URL. */
export function pageHref(pathname: string, searchParams: SearchParams, page: number, param = "page"): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    if (key === param || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) query.append(key, v);
  }
  if (page > 1) query.set(param, String(page));
  const text = query.toString();
  return text ? `${pathname}?${text}` : pathname;
}

/** First, last, and the current page with its neighbours; `null` marks a gap ("…"). */
export function pageWindow(page: number, pageCount: number): (number | null)[] {
  const wanted = new Set([1, pageCount, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pageCount));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((p, index) => {
    const previous = sorted[index - 1];
    if (previous !== undefined && p - previous === 2) out.push(previous + 1);
    else if (previous !== undefined && p - previous > 2) out.push(null);
    out.push(p);
  });
  return out;
}
