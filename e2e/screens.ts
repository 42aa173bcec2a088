import type { Browser, BrowserContext, Page } from "@playwright/test";
import { baseUrl, expect, sessionOf, type Person } from "./fixtures";

/**
 * The screens the accessibility and screenshot specs visit. Add one line when a screen lands
 * (e.g. `{ name: "caseload", path: "/clients", as: "counsellor" }`); `prepare` puts the page into
 * a state worth checking (a dialog open, errors shown).
 */
export type Screen = {
  name: string;
  path: string;
  as: Person | null;
  prepare?: (page: Page) => Promise<void>;
};

export const screens: Screen[] = [
  { name: "login", path: "/login", as: null },
  {
    name: "login-errors",
    path: "/login",
    as: null,
    prepare: async (page) => {
      await page.locator("main form button[type=submit]").click();
      await page.locator("[aria-invalid=true]").first().waitFor();
    },
  },
  // Signed in: the proxy sends an anonymous visitor of an unknown path to the sign-in page instead.
  { name: "not-found", path: "/no-such-page", as: "client" },
  { name: "dashboard-counsellor", path: "/dashboard", as: "counsellor" },
  { name: "dashboard-supervisor", path: "/dashboard", as: "supervisor" },
  { name: "dashboard-admin", path: "/dashboard", as: "admin" },
  { name: "notifications", path: "/notifications?show=all", as: "counsellor" },
  { name: "admin-staff", path: "/admin/staff", as: "admin" },
  {
    name: "admin-staff-confirm",
    path: "/admin/staff",
    as: "admin",
    prepare: async (page) => {
      await page.locator("main table button[aria-haspopup=dialog]").last().click();
      await page.getByRole("alertdialog").waitFor();
    },
  },
  { name: "password-counsellor", path: "/password", as: "counsellor" },
  { name: "password-supervisor", path: "/password", as: "supervisor" },
  { name: "two-factor-setup", path: "/two-factor/setup", as: "counsellor" },
  { name: "clients-counsellor", path: "/clients", as: "counsellor" },
  { name: "clients-supervisor", path: "/clients", as: "supervisor" },
  { name: "admin-creditors", path: "/admin/creditors", as: "admin" },
  { name: "client-new", path: "/clients/new", as: "counsellor" },
  { name: "client-overview", path: "/clients/{client}", as: "counsellor" },
  { name: "client-timeline", path: "/clients/{client}/timeline", as: "counsellor" },
  { name: "debts", path: "/clients/{client}/debts", as: "counsellor" },
  { name: "debt-options", path: "/clients/{client}/debts/{debt}", as: "counsellor" },
  { name: "budget", path: "/clients/{client}/budget", as: "counsellor" },
  { name: "budget-new", path: "/clients/{client}/budget/new", as: "counsellor" },
  { name: "documents-staff", path: "/clients/{client}/documents", as: "counsellor" },
  { name: "negotiations", path: "/clients/{client}/negotiations", as: "counsellor" },
  { name: "negotiation-new", path: "/clients/{client}/negotiations/new", as: "counsellor" },
  { name: "plans", path: "/clients/{client}/plans", as: "counsellor" },
  { name: "reviews", path: "/clients/{client}/reviews", as: "counsellor" },
  {
    name: "review-form",
    path: "/clients/{client}/reviews",
    as: "counsellor",
    // The scheduled review's form, reached from the Reviews tab the way a counsellor would.
    prepare: async (page) => {
      await page.locator('main a[href*="/reviews/"]').first().click();
      await page.locator("#review-outcome").waitFor();
    },
  },
  { name: "letters", path: "/clients/{client}/letters", as: "counsellor" },
  { name: "letter-preview", path: "/clients/{client}/letters?debt={debt}&type=instalment_plan&months=12", as: "counsellor" },
  { name: "letter-errors", path: "/clients/{client}/letters?debt={debt}&type=settlement&months=abc&amount=%C2%A52000", as: "counsellor" },
  { name: "admin-evidence", path: "/admin/evidence", as: "admin" },
  { name: "admin-settings", path: "/admin/settings", as: "admin" },
  { name: "supervision-team", path: "/supervision", as: "supervisor" },
  { name: "supervision-analytics", path: "/supervision/analytics", as: "supervisor" },
  { name: "supervision-analytics-entries", path: "/supervision/analytics/entries?outcome=decided", as: "supervisor" },
  { name: "supervision-reviews", path: "/supervision/reviews", as: "supervisor" },
  { name: "audit-log", path: "/admin/audit", as: "admin" },
  { name: "help", path: "/help", as: "client" },
  { name: "portal", path: "/portal", as: "client" },
  { name: "portal-documents", path: "/portal/documents", as: "client" },
  { name: "portal-plans", path: "/portal/plans", as: "client" },
  { name: "portal-changes", path: "/portal/changes", as: "client" },
  { name: "password-client", path: "/password", as: "client" },
];

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
const found: { client?: string; debt?: string } = {};

/** Fills `{client}` and `{debt}` with the demo client 张伟 and one of their debts, found as a user would. */
async function resolvePath(page: Page, path: string): Promise<string> {
  if (!path.includes("{")) return path;
  if (!found.client) {
    await page.goto(`/clients?q=${encodeURIComponent("张伟")}`);
    const href = await page.locator('main a[href^="/clients/"]').filter({ hasText: "张伟" }).first().getAttribute("href");
    found.client = UUID.exec(href ?? "")?.[0];
  }
  if (path.includes("{debt}") && !found.debt) {
    await page.goto(`/clients/${found.client}/debts`);
    const hrefs = await page.locator(`main a[href^="/clients/${found.client}/debts/"]`).evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    found.debt = hrefs.map((href) => UUID.exec(href.slice(`/clients/${found.client}/debts/`.length))?.[0]).find(Boolean);
  }
  if (!found.client || (path.includes("{debt}") && !found.debt)) throw new Error(`demo data missing for ${path}`);
  return path.replace("{client}", found.client).replace("{debt}", found.debt ?? "");
}

export const languages = ["en", "zh-CN"] as const;
export type Language = (typeof languages)[number];

/** A fresh context signed in as `who` (or anonymous) showing pages in `language`. */
export async function contextFor(
  browser: Browser,
  who: Person | null,
  language: Language,
  viewport = { width: 1280, height: 800 },
): Promise<BrowserContext> {
  const storageState = who ? await sessionOf(browser, who) : undefined;
  const context = await browser.newContext({ storageState, viewport, locale: language });
  await context.addCookies([{ name: "NEXT_LOCALE", value: language, url: baseUrl() }]);
  return context;
}

const shared = new Map<string, Promise<BrowserContext>>();

/**
 * A new page for `screen` in a context this worker keeps per person, language and size. Reusing the
 * context keeps its HTTP cache: a fresh context per screen fetched and compiled the app's scripts
 * again each time (~0.7 s of a screen's 2–3 s). Close the page, not the context.
 */
export async function screenPage(
  browser: Browser,
  screen: Screen,
  language: Language,
  viewport = { width: 1280, height: 800 },
): Promise<Page> {
  const key = `${screen.as ?? "anonymous"} ${language} ${viewport.width}x${viewport.height}`;
  if (!shared.has(key)) shared.set(key, contextFor(browser, screen.as, language, viewport));
  return openScreen(await shared.get(key)!, screen);
}

/** Opens a screen and waits until it is ready to inspect (fonts loaded, state prepared). */
export async function openScreen(context: BrowserContext, screen: Screen): Promise<Page> {
  const page = await context.newPage();
  const path = await resolvePath(page, screen.path);
  await page.goto(path);
  // The screen checked is the one asked for, not a sign-in page a lost session was sent to.
  await expect(page).toHaveURL((url) => url.pathname === new URL(path, baseUrl()).pathname);
  await page.locator("main").first().waitFor();
  await page.evaluate(() => document.fonts.ready);
  await screen.prepare?.(page);
  return page;
}
