import type { Page } from "@playwright/test";
import { addDays } from "@/lib/finance/dates";
import { instantToAgencyDate } from "@/lib/validation/agency-time";
import { expect, signInAs, submit, test, unique } from "./fixtures";
import { addOverdueJiebeiDebt, intakeClient } from "./cases";

const today = () => instantToAgencyDate(new Date(), "Asia/Shanghai");
const day = (iso: string) => new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));

/** A fresh client of the demo counsellor: one Jiebei debt and a statement of ¥8,000 income, ¥3,000 rent. */
async function clientWithStatement(page: Page): Promise<string> {
  const client = await intakeClient(page, unique("回访 Review"), { phone: "+86 139 0000 7788", employment: "employed", hardship: null });
  await addOverdueJiebeiDebt(page, client);
  await page.goto(`${client}/budget/new`);
  await page.getByLabel("Amount, Income line 1").fill("8,000");
  await page.getByLabel("Amount, Expenditure line 1").fill("3,000");
  await page.getByRole("button", { name: "Save statement" }).click();
  await expect(page).toHaveURL(/\/budget\/[0-9a-f-]{36}\?saved=1$/);
  return client;
}

test("a counsellor completes a review on a client whose income fell, sees the surplus change and is offered renegotiation", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signInAs(page, "counsellor");
  const client = await clientWithStatement(page);

  await page.goto(`${client}/reviews`);
  await expect(page.getByRole("heading", { name: "No review scheduled" })).toBeVisible();
  // Scheduling by hand needs a reason; nothing is saved without one.
  await page.getByLabel("Review date").fill(addDays(today(), 14));
  await submit(page, "Schedule the review");
  await expect(page.getByLabel("Reason")).toHaveAccessibleDescription(/Say why, in a few words/);
  await page.getByLabel("Reason").fill("Wages may be cut next month");
  await submit(page, "Schedule the review");
  await expect(page.getByText(`Due on ${day(addDays(today(), 14))}`)).toBeVisible();

  await page.getByRole("link", { name: "Start the review" }).click();
  await expect(page.getByRole("heading", { name: `Review due on ${day(addDays(today(), 14))}` })).toBeVisible();
  await expect(page.getByText("income CN¥8,000.00, spending CN¥3,000.00, surplus CN¥5,000.00", { exact: false })).toBeVisible();
  // Prefilled from the last statement; the wages fell to ¥5,000.
  await expect(page.getByLabel("Amount, Income line 1")).toHaveValue("8000.00");
  await page.getByLabel("Amount, Income line 1").fill("5,000");
  await expect(page.getByLabel("Next review date")).toHaveValue(addDays(today(), 90));
  await submit(page, "Complete the review");
  await expect(page.getByLabel("Outcome", { exact: true })).toHaveAccessibleDescription(/Choose the outcome of the review/);
  await expect(page.getByLabel("Amount, Income line 1")).toHaveValue("5,000");
  await page.getByLabel("Outcome", { exact: true }).selectOption({ label: "Needs adjustment" });
  // Refused for another field: the outcome stays chosen, and is what the next submission sends.
  await page.getByLabel("Amount, Income line 1").fill("5,OOO");
  await submit(page, "Complete the review");
  await expect(page.getByText("Income line 1: Enter an amount in figures")).toBeVisible();
  await expect(page.getByLabel("Outcome", { exact: true })).toHaveValue("needs_adjustment");
  await page.getByLabel("Amount, Income line 1").fill("5,000");
  await page.getByLabel("Review notes").fill("Hours cut at work since October.");
  await page.getByRole("button", { name: "Complete the review" }).click();
  await expect(page).toHaveURL(/\/reviews\/[0-9a-f-]{36}\?completed=1$/);

  await expect(page.getByText("Review completed and the next one scheduled.")).toBeVisible();
  const change = page.getByRole("table", { name: /Change against version 1/ });
  await expect(change.getByRole("row", { name: /Surplus/ })).toContainText(/[-−]CN¥3,000\.00/);
  await expect(change.getByRole("row", { name: /Surplus/ })).toContainText(/[-−]60\.00%/);
  await expect(page.getByRole("heading", { name: "Income fell: consider renegotiating" })).toBeVisible();
  await expect(page.getByText("The monthly surplus dropped from CN¥5,000.00 to CN¥2,000.00 (CN¥3,000.00 less)")).toBeVisible();
  await page.getByRole("link", { name: /Start a new negotiation: Jiebei/ }).click();
  await expect(page).toHaveURL(/\/negotiations\/new\?debt=[0-9a-f-]{36}$/);
  await expect(page.getByLabel("Debt", { exact: true })).not.toHaveValue("");

  await page.goto(`${client}/reviews`);
  await expect(page.getByText(`Due on ${day(addDays(today(), 90))}`)).toBeVisible();
  await expect(page.getByRole("cell", { name: "Needs adjustment" })).toBeVisible();
  const reviewUrl = await page.getByRole("link", { name: "Start the review" }).getAttribute("href");

  const other = await browser.newPage();
  await signInAs(other, "counsellor2");
  for (const url of [`${client}/reviews`, reviewUrl!]) {
    const response = await other.goto(url);
    expect(response?.status(), url).toBe(404);
  }
  await other.close();
});

test("a client reports losing their job in the portal and the counsellor sees the review brought forward", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signInAs(page, "client");
  await page.goto("/portal");
  await expect(page.getByRole("heading", { name: "My next review" })).toBeVisible();
  await expect(page.getByText("Latest payslips", { exact: false })).toBeVisible();
  await page.getByRole("link", { name: "Report a change" }).last().click();
  await expect(page.getByRole("heading", { name: "Report a change", level: 1 })).toBeVisible();
  await submit(page, "Send to my counsellor");
  await expect(page.getByRole("radiogroup", { name: "What has changed?" })).toHaveAccessibleDescription(/Choose what has changed/);
  await expect(page.getByLabel("Tell us more")).toHaveAccessibleDescription(/at least 4 characters/);
  const details = unique("The factory closed and I was let go");
  await page.getByRole("radio", { name: "Lost my job" }).check();
  await page.getByLabel("Tell us more").fill(details);
  await submit(page, "Send to my counsellor");
  await expect(page.getByText(/Your counsellor has been told, and your next review is on/)).toBeVisible();
  const shown = (await page.getByText(/your next review is on/).textContent()) ?? "";
  // Within a week (or earlier, if a review was already closer; the demo one was in February).
  const dueText = /is on (.+)\.$/.exec(shown.trim())?.[1] ?? "";
  expect(Array.from({ length: 8 }, (_, i) => day(addDays(today(), i)))).toContain(dueText);
  await expect(page.getByText(details)).toBeVisible();

  const counsellor = await browser.newPage();
  await signInAs(counsellor, "counsellor");
  await counsellor.goto(`/clients?q=${encodeURIComponent("张伟")}`);
  await counsellor.locator('main a[href^="/clients/"]').filter({ hasText: "张伟" }).first().click();
  await counsellor.getByRole("link", { name: "Reviews", exact: true }).first().click();
  const changes = counsellor.getByRole("region", { name: "Changes reported by the client" });
  const report = changes.getByRole("listitem").filter({ hasText: details });
  await expect(report).toContainText("Lost my job");
  await expect(counsellor.getByText(`Due on ${dueText}`)).toBeVisible();
  await expect(counsellor.getByText(/Brought forward: the client reported a change|Scheduled/).first()).toBeVisible();
  await report.getByRole("button", { name: "Mark as seen" }).click();
  await expect(report).toContainText("Seen");
  await counsellor.close();
});
