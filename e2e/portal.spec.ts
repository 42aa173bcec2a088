import { expect, signInAs, test } from "./fixtures";

test.use({ viewport: { width: 360, height: 740 } });

test("a client reads their repayment plan on a phone, using the keyboard", async ({ page }) => {
  await signInAs(page, "client2");
  await page.goto("/portal");
  const summary = page.getByRole("region", { name: "Repayment plans" });
  await expect(summary).toContainText("1 active plan.");
  await expect(summary).toContainText(/Next instalment: CN¥1,430\.00 due on 2026-11-25/);

  const link = summary.getByRole("link", { name: "See my plans and instalments" });
  await link.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/portal\/plans$/);
  await expect(page.getByRole("heading", { level: 1, name: "My repayment plans" })).toBeVisible();
  const plan = page.getByRole("region", { name: /ICBC/ });
  await expect(plan).toContainText("10 instalments from 2026-09-25");
  const schedule = plan.getByRole("table", { name: "Instalment schedule" });
  await expect(schedule.getByRole("row")).toHaveCount(11);
  await expect(schedule.getByRole("row", { name: /^1 2026-09-25/ })).toContainText("Paid");
  await expect(schedule.getByRole("row", { name: /^3 2026-11-25/ })).toContainText("Due");
  // Read only: nothing to record here, and the page itself does not scroll sideways at 360 px.
  await expect(plan.getByRole("button")).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test("a client without a plan is told what happens next, and never sees another client's plan", async ({ page }) => {
  await signInAs(page, "client");
  await page.goto("/portal/plans");
  await expect(page.getByRole("heading", { level: 1, name: "My repayment plans" })).toBeVisible();
  await expect(page.getByRole("region", { name: /ICBC/ })).toHaveCount(0);
});
