import { baseUrl, expect, signInAs, test, unique } from "./fixtures";
import { seriousViolations } from "./axe";
import { addOverdueJiebeiDebt, intakeClient } from "./cases";

test("a counsellor sees the schedule before saving, ends a plan typed wrongly with a reason, and makes the right one", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, "counsellor");
  const client = await intakeClient(page, unique("终止 End plan"));
  await addOverdueJiebeiDebt(page, client); // balance ¥9,000

  // The form shows what it will create, and refuses figures that pay more than is owed before saving.
  await page.goto(`${client}/plans/new`);
  await page.getByLabel("Debt", { exact: true }).selectOption({ index: 1 });
  await page.getByLabel("Number of instalments (months)").fill("12");
  await page.getByLabel("Amount per instalment").fill("1000");
  const preview = page.getByRole("region", { name: "The schedule this will create" });
  await expect(preview).toContainText("12 instalments of CN¥1,000.00 come to CN¥12,000.00, more than the balance of CN¥9,000.00: it is paid off in 9.");
  await page.getByLabel("Number of instalments (months)").fill("2");
  await page.getByLabel("Amount per instalment").fill("4000");
  await expect(preview).toContainText("1 instalment of CN¥4,000.00, then a last instalment of CN¥5,000.00.");
  await expect(preview).toContainText("Total CN¥9,000.00: the whole balance.");
  await page.getByRole("button", { name: "Create plan" }).click();
  await expect(page).toHaveURL(/\/plans\?saved=1$/);
  const schedule = page.getByRole("table", { name: "Instalment schedule" });
  await expect(schedule.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "2", exact: true }) })).toContainText("CN¥5,000.00");

  // "End this plan" asks for a reason in a dialog, opened from the keyboard.
  const trigger = page.getByRole("button", { name: /^End the plan for Jiebei/ });
  await trigger.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: /^End the plan for Jiebei.*\?$/ });
  const reason = dialog.getByLabel("Reason for ending");
  await expect(reason).toBeFocused();
  let answered = page.waitForResponse((r) => r.request().method() === "POST" && r.url().startsWith(baseUrl()));
  await dialog.getByRole("button", { name: "End plan", exact: true }).click();
  await answered;
  await expect(reason).toHaveAccessibleDescription(/Give the reason for ending this plan/);
  await expect(page.getByText("Active", { exact: true })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await reason.fill("The creditor agreed 3 months, not 2");
  answered = page.waitForResponse((r) => r.request().method() === "POST" && r.url().startsWith(baseUrl()));
  await dialog.getByRole("button", { name: "End plan", exact: true }).click();
  await answered;
  await expect(dialog).toBeHidden();
  const notifications = page.getByRole("region", { name: /^Notifications/ });
  await expect(notifications).toContainText("Plan ended.");
  // Closed before the page is checked: axe reads a toast still fading in as low contrast.
  await notifications.getByRole("button", { name: "Close notification" }).click();
  await expect(notifications).not.toContainText("Plan ended.");
  await expect(page.getByText("Ended early", { exact: true })).toBeVisible();
  await expect(page.getByText(/Ended on .+ by Wang Fang 王芳: The creditor agreed 3 months, not 2/)).toBeVisible();
  // Nothing on it is owed any more, nothing can be recorded on it, and it cannot be ended twice.
  await expect(schedule.getByRole("row").filter({ hasText: "No longer due (plan ended)" })).toHaveCount(2);
  await expect(page.getByText("Record instalment 1", { exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^End the plan for/ })).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);

  // The debt takes the right plan now.
  await page.goto(`${client}/plans/new`);
  await page.getByLabel("Debt", { exact: true }).selectOption({ index: 1 });
  await page.getByLabel("Number of instalments (months)").fill("3");
  await expect(page.getByRole("region", { name: "The schedule this will create" })).toContainText("Each CN¥3,000.00.");
  await page.getByRole("button", { name: "Create plan" }).click();
  await expect(page).toHaveURL(/\/plans\?saved=1$/);
  await expect(page.getByText("Active", { exact: true })).toBeVisible();
  await expect(page.getByText("Ended early", { exact: true })).toBeVisible();
});
