export type RouteTab = { href: string; label: string };

/** The tab whose href is the longest prefix of the path, so /clients/1/debts/2 still marks "Debts". */
export function currentTab(tabs: RouteTab[], pathname: string): string | undefined {
  return tabs
    .filter((tab) => pathname === tab.href || pathname.startsWith(`${tab.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
}
