import type { Page } from "@playwright/test";
import { addDays } from "@/lib/finance/dates";
import { instantToAgencyDate } from "@/lib/validation/agency-time";
import { intakeClient } from "./cases";
import { baseUrl, expect, people, signedInPage, signInAs, submit, test, unique } from "./fixtures";

const today = () => instantToAgencyDate(new Date(), "Asia/Shanghai");
const day = (iso: string) => new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));

/** Schedules a review by hand on the client's reviews page (which must show none). */
async function scheduleByHand(page: Page, client: string, days: number, reason: string): Promise<void> {
  await page.goto(`${client}/reviews`);
  await expect(page.getByRole("heading", { name: "No review scheduled" })).toBeVisible();
  await page.getByLabel("Review date").fill(addDays(today(), days));
  await page.getByLabel("Reason").fill(reason);
  await submit(page, "Schedule the review");
  await expect(page.getByText(`Due on ${day(addDays(today(), days))}`)).toBeVisible();
}

test("a counsellor cancels a scheduled review with a reason, after confirming, and it reads as cancelled", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, "counsellor");
  const client = await intakeClient(page, unique("取消回访 Cancel"));
  await scheduleByHand(page, client, 14, "Check after intake");

  await page.getByRole("button", { name: "Cancel the review" }).click();
  const dialog = page.getByRole("dialog", { name: `Cancel the review due on ${day(addDays(today(), 14))}?` });
  const reason = dialog.getByLabel("Why is the review no longer needed?");
  // Nothing happens without a reason.
  let answered = page.waitForResponse((r) => r.request().method() === "POST" && r.url().startsWith(baseUrl()));
  await dialog.getByRole("button", { name: "Cancel the review" }).click();
  await answered;
  await expect(reason).toHaveAccessibleDescription(/at least 2 characters/);
  await reason.fill("客户已搬到外地");
  answered = page.waitForResponse((r) => r.request().method() === "POST" && r.url().startsWith(baseUrl()));
  await dialog.getByRole("button", { name: "Cancel the review" }).click();
  await answered;
  await expect(dialog).toBeHidden();
  await expect(page.getByText("Review cancelled.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "No review scheduled" })).toBeVisible();

  // The history lists it as cancelled; its page says when, by whom and why — not "completed".
  const history = page.getByRole("region", { name: "Past reviews" });
  await expect(history.getByRole("cell", { name: "Cancelled" })).toBeVisible();
  await history.getByRole("link", { name: day(addDays(today(), 14)) }).click();
  await expect(page.getByRole("heading", { name: `Review of ${day(addDays(today(), 14))}` })).toBeVisible();
  await expect(page.getByText(new RegExp(`^Cancelled on .+ by ${people.counsellor.name}\\.$`))).toBeVisible();
  await expect(page.getByText("Reason: 客户已搬到外地")).toBeVisible();
  await expect(page.getByText(/Completed on/)).toHaveCount(0);

  // The case history (staff only) says which review and why.
  await page.goto(`${client}/timeline`);
  await expect(page.getByText(`Follow-up review due ${day(addDays(today(), 14))} cancelled`)).toBeVisible();
  await expect(page.getByText("Reason: 客户已搬到外地")).toBeVisible();
});

test("a review scheduled or moved by someone else meanwhile: scheduling is refused, completing is refused once and keeps the statement", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signInAs(page, "counsellor");
  const client = await intakeClient(page, unique("冲突 Conflict"));
  await page.goto(`${client}/reviews`);
  await expect(page.getByRole("heading", { name: "No review scheduled" })).toBeVisible();

  // A colleague schedules one while this page still shows none.
  const colleague = await signedInPage(browser, "supervisor");
  await scheduleByHand(colleague, client, 5, "Client phoned: hours cut");
  await page.getByLabel("Review date").fill(addDays(today(), 90));
  await page.getByLabel("Reason").fill("Routine check");
  await submit(page, "Schedule the review");
  await expect(page.getByText(`While you were working, a review was scheduled for ${day(addDays(today(), 5))}. Nothing was changed`)).toBeVisible();
  await expect(page.getByLabel("Reason")).toHaveValue("Routine check");
  await colleague.reload();
  await expect(colleague.getByText(`Due on ${day(addDays(today(), 5))}`)).toBeVisible();

  // The counsellor starts the review and types the statement; the colleague moves it meanwhile.
  await page.reload();
  await page.getByRole("link", { name: "Start the review" }).click();
  await page.getByLabel("Amount, Income line 1").fill("6,000");
  await page.getByLabel("Amount, Expenditure line 1").fill("2,500");
  await page.getByLabel("Outcome", { exact: true }).selectOption({ label: "On track" });
  await page.getByLabel("Review notes").fill("Hours back to normal.");
  await colleague.getByText("Move to another date").click();
  await colleague.getByLabel("Review date").fill(addDays(today(), 3));
  await colleague.getByLabel("Reason").fill("改到周四");
  await submit(colleague, "Move the review");
  await expect(colleague.getByText("Review moved.")).toBeVisible();
  await colleague.close();

  await submit(page, "Complete the review");
  await expect(page.getByText(`While you were working, this review was moved to ${day(addDays(today(), 3))} (Scheduled by hand — 改到周四)`)).toBeVisible();
  await expect(page.getByLabel("Amount, Income line 1")).toHaveValue("6,000");
  await expect(page.getByLabel("Amount, Expenditure line 1")).toHaveValue("2,500");
  await expect(page.getByLabel("Outcome", { exact: true })).toHaveValue("on_track");
  await expect(page.getByLabel("Review notes")).toHaveValue("Hours back to normal.");
  // Having read the message, a second submit completes it.
  await page.getByRole("button", { name: "Complete the review" }).click();
  await expect(page).toHaveURL(/\/reviews\/[0-9a-f-]{36}\?completed=1$/);
  await expect(page.getByText("Review completed and the next one scheduled.")).toBeVisible();
});
