import { baseUrl, expect, signInAs, test, unique } from "./fixtures";
import { seriousViolations } from "./axe";
import { addOverdueJiebeiDebt, intakeClient } from "./cases";

test("a counsellor reverses a payment recorded in error, giving a reason, and the balance is back", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, "counsellor");
  const client = await intakeClient(page, unique("冲正 Reversal"));
  await addOverdueJiebeiDebt(page, client);

  // Three instalments of ¥3,000 from today.
  await page.goto(`${client}/plans/new`);
  await page.getByLabel("Debt", { exact: true }).selectOption({ index: 1 });
  await page.getByLabel("Number of instalments (months)").fill("3");
  await page.getByRole("button", { name: "Create plan" }).click();
  await expect(page).toHaveURL(/\/plans\?saved=1$/);
  await expect(page.getByText("Balance now CN¥9,000.00")).toBeVisible();

  await page.getByText("Record instalment 1", { exact: true }).click();
  const record = page.getByRole("form", { name: "Record instalment 1" });
  const saved = page.waitForResponse((r) => r.request().method() === "POST" && r.url().startsWith(baseUrl()));
  await record.getByRole("button", { name: "Save" }).click();
  await saved;
  await expect(page.getByText("Balance now CN¥6,000.00")).toBeVisible();
  const schedule = page.getByRole("table", { name: "Instalment schedule" });
  await expect(schedule.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "1", exact: true }) })).toContainText("Paid");

  // The record is listed with a Reverse button, opened from the keyboard; a reason is required.
  const recorded = page.getByRole("table", { name: "Recorded payments" });
  await expect(recorded.getByRole("row")).toHaveCount(2);
  const trigger = recorded.getByRole("button", { name: /^Reverse instalment 1, Paid on / });
  await trigger.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Reverse this record of instalment 1?" });
  const reason = dialog.getByLabel("Reason for reversing");
  await expect(reason).toBeFocused();
  let answered = page.waitForResponse((r) => r.request().method() === "POST" && r.url().startsWith(baseUrl()));
  await dialog.getByRole("button", { name: "Reverse", exact: true }).click();
  await answered;
  await expect(reason).toHaveAccessibleDescription(/Give the reason for reversing this record/);
  await expect(reason).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
  await expect(page.getByText("Balance now CN¥6,000.00")).toBeVisible();

  await reason.fill("The bank returned the transfer");
  answered = page.waitForResponse((r) => r.request().method() === "POST" && r.url().startsWith(baseUrl()));
  await dialog.getByRole("button", { name: "Reverse", exact: true }).click();
  await answered;
  await expect(dialog).toBeHidden();
  await expect(page.getByText("Payment record reversed.")).toBeVisible();
  await expect(page.getByText("Balance now CN¥9,000.00")).toBeVisible();

  // Still listed, marked reversed with who and why, and no longer reversible; the instalment is open again.
  const row = recorded.getByRole("row").nth(1);
  await expect(row).toContainText("Reversed");
  await expect(row).toContainText(/Reversed by Wang Fang 王芳 on .+: The bank returned the transfer/);
  await expect(row.locator("s")).toHaveText(["Paid", "CN¥3,000.00"]);
  await expect(recorded.getByRole("button")).toHaveCount(0);
  await expect(schedule.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "1", exact: true }) })).toContainText("Due");
  await expect(page.getByText("Record instalment 1", { exact: true })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
