import type { Locator, Page } from "@playwright/test";
import { baseUrl, expect, signInAs, submit, test, unique } from "./fixtures";
import { addOverdueJiebeiDebt, intakeClient, recordCreditorConsent } from "./cases";

/** A fresh client of the demo counsellor with one overdue Jiebei debt of ¥9,000; returns the client's path. */
async function clientWithJiebeiDebt(page: Page): Promise<string> {
  const client = await intakeClient(page, unique("协商 Negotiation"), { phone: "+86 139 0000 4321" });
  await addOverdueJiebeiDebt(page, client);
  return client;
}

const row = (page: Page, number: number) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: String(number), exact: true }) });
// The row's status badge (its payment form, inside the row, lists every outcome).
const status = (page: Page, number: number) => row(page, number).getByRole("cell").nth(3);

/** Opens an instalment's payment form. */
async function openInstalment(page: Page, number: number): Promise<Locator> {
  await page.getByText(`Record instalment ${number}`, { exact: true }).click();
  return page.getByRole("form", { name: `Record instalment ${number}` });
}

/** Chooses what happened and saves, waiting for the server's answer. */
async function savePayment(page: Page, form: Locator, outcome: "Paid" | "Partly paid" | "Missed") {
  await form.getByLabel("What happened").selectOption({ label: outcome });
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && r.url().startsWith(baseUrl()));
  await form.getByRole("button", { name: "Save" }).click();
  await answered;
}

async function recordInstalment(page: Page, number: number, outcome: "Paid" | "Missed") {
  await savePayment(page, await openInstalment(page, number), outcome);
  await expect(status(page, number)).toHaveText(outcome);
}

test("a counsellor logs a Jiebei call, turns the partial agreement into a plan, records payments and opens the Chinese letter", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signInAs(page, "counsellor");
  const client = await clientWithJiebeiDebt(page);

  await page.goto(`${client}/negotiations`);
  await expect(page.getByRole("heading", { name: "No contacts logged yet" })).toBeVisible();
  await page.getByRole("link", { name: "Log a contact" }).first().click();
  await expect(page.getByRole("heading", { name: "Log a creditor contact" })).toBeVisible();

  // Required fields left empty: a message beside each, nothing saved; what was chosen stays chosen.
  await page.getByLabel("Request type").selectOption({ label: "Payment extension" });
  await submit(page, "Save entry");
  await expect(page.getByLabel("Request type").locator("option:checked")).toHaveText("Payment extension");
  await expect(page.getByLabel("Channel")).toHaveAccessibleDescription(/Choose how you contacted the creditor/);
  await expect(page.getByLabel("Counterpart name")).toHaveAccessibleDescription(/Enter who you spoke to/);
  await expect(page.getByLabel("Outcome", { exact: true })).toHaveAccessibleDescription(/Choose the outcome/);

  await page.getByLabel("Channel").selectOption({ label: "Phone" });
  await page.getByLabel("Counterpart name").fill("Ms Liu");
  await page.getByLabel("Counterpart reference").fill("staff 8812");
  await expect(page.getByText(/Too little history to show a rate \(n = \d+/)).toBeVisible();
  await page.getByLabel("Months requested").fill("3");
  await page.getByLabel("Penalty waiver requested").fill("500");
  await page.getByLabel("Outcome", { exact: true }).selectOption({ label: "Partially agreed" });
  await page.getByLabel("Months granted").fill("2");
  await page.getByLabel("Notes").fill("Extension of 2 months granted; penalty waiver refused.");
  await page.getByRole("button", { name: "Save entry" }).click();
  await expect(page).toHaveURL(/\/negotiations\?saved=1$/);

  const entry = page.getByRole("article", { name: /Payment extension/ });
  await expect(entry).toContainText("Partially agreed");
  await expect(entry).toContainText("Ms Liu (staff 8812)");
  await expect(entry).toContainText("2 months");
  await expect(entry).toContainText("Oral agreement, unconfirmed");

  // Each entry's plan link says which agreement it turns into a plan.
  await page.getByRole("link", { name: /^Turn into a plan: Payment extension with Jiebei \(Ant Group\)/ }).click();
  await expect(page.getByLabel("Number of instalments (months)")).toHaveValue("2");
  await page.getByLabel("Number of instalments (months)").fill("3");
  await page.getByRole("button", { name: "Create plan" }).click();
  await expect(page).toHaveURL(/\/plans\?saved=1$/);
  await expect(page.getByText("¥3,000.00").first()).toBeVisible();

  await recordInstalment(page, 1, "Paid");
  await recordInstalment(page, 2, "Paid");
  // A refused payment keeps its outcome ("partly paid" without an amount), and then saves as chosen.
  const third = await openInstalment(page, 3);
  await savePayment(page, third, "Partly paid");
  await expect(third.getByLabel("Amount paid")).toHaveAccessibleDescription(/Enter the amount paid/);
  await expect(third.getByLabel("What happened")).toHaveValue("partly_paid");
  // An instalment not yet due cannot be marked missed; an early payment is dated today at the latest.
  await savePayment(page, third, "Missed");
  await expect(third.getByLabel("What happened")).toHaveAccessibleDescription(/not due yet, so it cannot be marked missed/);
  await expect(status(page, 3)).toHaveText("Due");
  await expect(page.getByText("Balance now CN¥3,000.00", { exact: false })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /Jiebei/ }).locator("xpath=..")).toContainText("Active");

  // A letter goes to the creditor only with the client's consent to contacting creditors on record.
  await page.goto(client);
  await recordCreditorConsent(page);
  await page.goto(`${client}/letters`);
  await page.getByLabel("Letter language").selectOption({ label: "Chinese" });
  await page.getByLabel("Request", { exact: true }).selectOption({ label: "Payment extension" });
  await page.getByLabel("Months").fill("3");
  await page.getByRole("button", { name: "Show letter" }).click();
  const letter = page.getByRole("article", { name: "Letter preview" });
  await expect(letter).toContainText("困难情况说明及还款协商申请");
  await expect(letter).toContainText("恳请贵方同意延期还款 3 个月");
  await expect(letter).not.toContainText("undefined");
  const docxHref = await page.getByRole("link", { name: "Download DOCX" }).getAttribute("href");
  const docx = await page.request.get(docxHref!);
  expect(docx.status()).toBe(200);
  expect(docx.headers()["content-disposition"]).toMatch(/^attachment; filename=".*\.docx"; filename\*=UTF-8''/);

  // The same log in Chinese.
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: baseUrl() }]);
  await page.goto(`${client}/negotiations`);
  await expect(page.getByRole("heading", { name: "协商记录", exact: true })).toBeVisible();
  const zhEntry = page.getByRole("article", { name: /延期还款/ });
  await expect(zhEntry).toContainText("部分同意");
  await expect(zhEntry).toContainText("口头约定未确认");
  await expect(zhEntry).toContainText("电话");

  // Another counsellor's session: the same URLs are simply not there.
  const other = await browser.newPage();
  await signInAs(other, "counsellor2");
  await other.goto(`${client}/negotiations`);
  await expect(other.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await other.goto(`${client}/plans`);
  await expect(other.getByRole("heading", { name: "Page not found" })).toBeVisible();
  expect((await other.request.get(docxHref!)).status()).toBe(404);
  await other.close();
});

test("a correction names the entry it corrects, also when a filter leaves that entry out", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, "counsellor");
  const client = await clientWithJiebeiDebt(page);

  await page.goto(`${client}/negotiations/new`);
  await page.getByLabel("Channel").selectOption({ label: "Phone" });
  await page.getByLabel("Counterpart name").fill("Mr Wrong");
  await page.getByLabel("Request type").selectOption({ label: "Payment extension" });
  await page.getByLabel("Months requested").fill("1");
  await page.getByLabel("Outcome", { exact: true }).selectOption({ label: "Pending" });
  await page.getByRole("button", { name: "Save entry" }).click();
  await expect(page).toHaveURL(/\/negotiations\?saved=1$/);
  // One month, not "1 months".
  await expect(page.getByRole("article", { name: /Payment extension/ })).toContainText("Payment extension · 1 month");

  // It was an e-mail, with someone else: corrected by a new entry.
  await page.getByRole("link", { name: /^Correct: / }).click();
  await expect(page.getByRole("heading", { name: "Correct an entry" })).toBeVisible();
  await page.getByLabel("Channel").selectOption({ label: "E-mail" });
  await page.getByLabel("Counterpart name").fill("Ms Right");
  await page.getByRole("button", { name: "Save entry" }).click();
  await expect(page).toHaveURL(/\/negotiations\?saved=1$/);

  const original = page.getByRole("listitem").filter({ hasText: "Mr Wrong" });
  const correction = page.getByRole("listitem").filter({ hasText: "Ms Right" });
  const day = /\w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2}/;
  await expect(original.getByRole("link", { name: /^Corrected by the entry of / })).toHaveText(day);
  await expect(correction.getByRole("link", { name: /^Correction of the entry of / })).toHaveText(day);
  const fixId = await correction.getAttribute("id");
  await expect(original.getByRole("link", { name: /^Corrected by the entry of / })).toHaveAttribute("href", `#${fixId}`);

  // Phone contacts only: the e-mail correction is filtered out, and the original says so instead of linking to nothing.
  await page.getByLabel("Channel").selectOption({ label: "Phone" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/channel=phone/);
  await expect(correction).toHaveCount(0);
  await expect(original.getByRole("link", { name: /Corrected by/ })).toHaveCount(0);
  await expect(original).toContainText(/Corrected by the entry of \w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2}.* \(not shown with the current filters\)/);
  // A log of one page has no paging.
  await expect(page.getByRole("navigation", { name: "Pages of the negotiation log" })).toHaveCount(0);
});
