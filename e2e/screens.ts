import type { Browser, BrowserContext, Page } from "@playwright/test";
import { baseUrl, signInAs, type Person } from "./fixtures";

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
  { name: "not-found", path: "/no-such-page", as: null },
  { name: "dashboard-counsellor", path: "/dashboard", as: "counsellor" },
  { name: "dashboard-supervisor", path: "/dashboard", as: "supervisor" },
  { name: "dashboard-admin", path: "/dashboard", as: "admin" },
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
  { name: "clients-counsellor", path: "/clients", as: "counsellor" },
  { name: "clients-supervisor", path: "/clients", as: "supervisor" },
  { name: "admin-creditors", path: "/admin/creditors", as: "admin" },
  { name: "portal", path: "/portal", as: "client" },
  { name: "password-client", path: "/password", as: "client" },
];

export const languages = ["en", "zh-CN"] as const;
export type Language = (typeof languages)[number];

// One sign-in per role and worker: the session cookie is reused, so the specs stay quick and far
// below the sign-in throttle.
const sessions = new Map<Person, Awaited<ReturnType<BrowserContext["storageState"]>>>();

/** A fresh context signed in as `who` (or anonymous) showing pages in `language`. */
export async function contextFor(
  browser: Browser,
  who: Person | null,
  language: Language,
  viewport = { width: 1280, height: 800 },
): Promise<BrowserContext> {
  let storageState;
  if (who) {
    if (!sessions.has(who)) {
      const context = await browser.newContext();
      await signInAs(await context.newPage(), who);
      sessions.set(who, await context.storageState());
      await context.close();
    }
    storageState = sessions.get(who);
  }
  const context = await browser.newContext({ storageState, viewport, locale: language });
  await context.addCookies([{ name: "NEXT_LOCALE", value: language, url: baseUrl() }]);
  return context;
}

/** Opens a screen and waits until it is ready to inspect (fonts loaded, state prepared). */
export async function openScreen(context: BrowserContext, screen: Screen): Promise<Page> {
  const page = await context.newPage();
  await page.goto(screen.path);
  await page.locator("main").first().waitFor();
  await page.evaluate(() => document.fonts.ready);
  await screen.prepare?.(page);
  return page;
}
