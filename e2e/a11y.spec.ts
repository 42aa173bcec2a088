import type { Page } from "@playwright/test";
import { DEMO_TOTP_SECRET } from "@/db/demo-two-factor";
import { seriousViolations } from "./axe";
import { baseUrl, expect, passSecondFactor, people, test } from "./fixtures";
import { contextFor, openScreen } from "./screens";

// Every screen's WCAG scan, in both languages, is in e2e/screens.spec.ts; these two need a keyboard.
test.describe("no serious or critical WCAG 2.1 AA violations", () => {
  test("the staff menu opened on a phone", async ({ browser }) => {
    const context = await contextFor(browser, "counsellor", "zh-CN", { width: 360, height: 740 });
    const page = await openScreen(context, { name: "menu", path: "/dashboard", as: "counsellor" });
    const menu = page.getByRole("button", { name: "菜单" });
    await expect(page.locator("#staff-nav-links")).toBeHidden();
    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await expect(page.locator("#staff-nav-links")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    // Escape folds the menu and gives focus back to its button, not to the top of the page.
    await page.keyboard.press("Tab");
    expect(await focusedInside(page, "#staff-nav-links")).toBe(true);
    await page.keyboard.press("Escape");
    await expect(page.locator("#staff-nav-links")).toBeHidden();
    await expect(menu).toBeFocused();
    await context.close();
  });
});

/** Presses Tab until `target` has focus; fails if it is not reached within `limit` presses. */
async function tabTo(page: Page, target: ReturnType<Page["locator"]>, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`not reached by keyboard: ${target.toString()}`);
}

const focusedInside = (page: Page, selector: string) =>
  page.evaluate((sel) => Boolean(document.activeElement?.closest(sel)), selector);

test("keyboard only: sign in, reach staff accounts, open and close a confirmation", async ({ page }) => {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseUrl() }]);
  await page.goto("/login");

  // The skip link comes first and takes the keyboard straight to the form.
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByLabel("E-mail address"));
  await page.keyboard.type(people.admin.email);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Password")).toBeFocused();
  await page.keyboard.type(people.admin.password);
  await page.keyboard.press("Enter");
  // Step two: the code field has the focus, so the code is simply typed.
  await expect(page).toHaveURL(/\/two-factor$/);
  await passSecondFactor(page, DEMO_TOTP_SECRET, { keyboard: true });
  await expect(page).toHaveURL(/\/dashboard$/);
  // Sign-in applies the account's language; this test reads English labels.
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseUrl() }]);
  await page.reload();

  const staffLink = page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Staff accounts" });
  await tabTo(page, staffLink);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/admin\/staff$/);
  await expect(page.getByRole("heading", { level: 1, name: "Staff accounts" })).toBeVisible();
  await expect(staffLink).toHaveAttribute("aria-current", "page");

  const trigger = page.getByRole("row", { name: new RegExp(people.counsellor.email) }).getByRole("button", { name: "Reset password" });
  await tabTo(page, trigger, 80);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("alertdialog", { name: "Reset password" });
  await expect(dialog).toBeVisible();
  // Focus starts on the safe choice and cannot leave the dialog.
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press("Tab");
    expect(await focusedInside(page, "[role=alertdialog]")).toBe(true);
  }
  await page.keyboard.press("Shift+Tab");
  expect(await focusedInside(page, "[role=alertdialog]")).toBe(true);

  // Escape closes without resetting anything and gives focus back to the trigger.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();

  // Enter on Cancel closes it the same way.
  await page.keyboard.press("Enter");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
  await expect(page.getByText("New temporary password")).toHaveCount(0);
});
