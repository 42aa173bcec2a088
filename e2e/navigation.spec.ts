import type { Page } from "@playwright/test";
import { expect, signedInPage, test } from "./fixtures";

/**
 * Holds the page's server answer (the RSC request a client-side navigation makes) until released,
 * so the time between the click and the new page can be looked at.
 */
async function holdNavigation(page: Page, path: RegExp): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(path, async (route) => {
    if (route.request().headers()["rsc"]) await held;
    await route.continue();
  });
  return release;
}

test("a followed link in the staff menu shows it is loading until the page arrives", async ({ browser }) => {
  const page = await signedInPage(browser, "counsellor");
  await page.goto("/dashboard");
  const release = await holdNavigation(page, /\/clients(\?|$)/);
  const link = page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Clients", exact: true });
  await expect(link.locator("[data-link-pending]")).toHaveCount(0);
  await link.click();
  await expect(link.locator("[data-link-pending]")).toBeVisible();
  release();
  await expect(page.getByRole("heading", { level: 1, name: "Clients" })).toBeVisible();
  await expect(link.locator("[data-link-pending]")).toHaveCount(0);
  await expect(link).toHaveAttribute("aria-current", "page");
});

test("a followed tab in the client portal shows it is loading until the page arrives", async ({ browser }) => {
  const page = await signedInPage(browser, "client");
  await page.goto("/portal");
  const release = await holdNavigation(page, /\/portal\/plans(\?|$)/);
  const tab = page.getByRole("navigation", { name: "My case sections" }).getByRole("link", { name: "My plans" });
  await tab.click();
  await expect(tab.locator("[data-link-pending]")).toBeVisible();
  release();
  await expect(tab).toHaveAttribute("aria-current", "page");
  await expect(tab.locator("[data-link-pending]")).toHaveCount(0);
});
