import { baseUrl, expect, signInAs, test } from "./fixtures";

test.use({ viewport: { width: 360, height: 740 } });

test("a client reads their repayment plan on a phone, using the keyboard", async ({ page }) => {
  await signInAs(page, "client2");
  await page.goto("/portal");
  const summary = page.getByRole("region", { name: "Repayment plans" });
  await expect(summary).toContainText("1 active plan.");
  await expect(summary).toContainText(/Next instalment: CN¥1,430\.00 due on Nov 25, 2026/);

  const link = summary.getByRole("link", { name: "See my plans and instalments" });
  await link.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/portal\/plans$/);
  await expect(page.getByRole("heading", { level: 1, name: "My repayment plans" })).toBeVisible();
  const plan = page.getByRole("region", { name: /ICBC/ });
  await expect(plan).toContainText("10 instalments from Sep 25, 2026");
  const schedule = plan.getByRole("table", { name: "Instalment schedule" });
  await expect(schedule.getByRole("row")).toHaveCount(11);
  await expect(schedule.getByRole("row", { name: /^1 Sep 25, 2026/ })).toContainText("Paid");
  // The demo plan's third instalment, unpaid, is overdue from the agency's 26 November 2026 (Shanghai).
  await expect(schedule.getByRole("row", { name: /^3 Nov 25, 2026/ })).toContainText(new Date() > new Date("2026-11-25T16:00:00Z") ? "Overdue" : "Due");
  // Read only: nothing to record here, and the page itself does not scroll sideways at 360 px.
  await expect(plan.getByRole("button")).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test("a client reading in Chinese sees the same days written the Chinese way", async ({ page }) => {
  await signInAs(page, "client2");
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: baseUrl() }]);
  await page.goto("/portal");
  const summary = page.getByRole("region", { name: "还款计划" });
  await expect(summary).toContainText(/下一期：2026年11月25日 应还/);
  await expect(summary).not.toContainText("2026-11-25");
  // Screen readers name the notifications region in the page's language too.
  await expect(page.getByRole("region", { name: /^通知/ })).toHaveCount(1);
  await expect(page.getByRole("region", { name: /Notifications/ })).toHaveCount(0);

  await page.goto("/portal/plans");
  const plan = page.getByRole("region", { name: /ICBC|工商银行/ });
  await expect(plan).toContainText("自 2026年9月25日 起分 10 期");
  const schedule = plan.getByRole("table", { name: "分期明细" });
  await expect(schedule.getByRole("row", { name: /^1 2026年9月25日/ })).toBeVisible();
  await expect(schedule).not.toContainText("2026-09-25");
});

test("a client without a plan is told what happens next, and never sees another client's plan", async ({ page }) => {
  await signInAs(page, "client");
  await page.goto("/portal/plans");
  await expect(page.getByRole("heading", { level: 1, name: "My repayment plans" })).toBeVisible();
  await expect(page.getByRole("region", { name: /ICBC/ })).toHaveCount(0);
});

test("a client sees their own debts and where to find what to prepare, and not another client's debts", async ({ page }) => {
  await signInAs(page, "client2");
  await page.goto("/portal");
  const debts = page.getByRole("region", { name: "My debts" });
  const card = debts.getByRole("listitem").filter({ hasText: "ICBC Credit Card" });
  await expect(card).toContainText("Credit card");
  await expect(card).toContainText(/Balance: CN¥[\d,]+\.\d{2}/);
  // 张伟's creditors are not Emily's.
  await expect(debts).not.toContainText("Jiebei");
  await page.getByRole("link", { name: "What to prepare for your counsellor" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "What to prepare" })).toBeVisible();
});
