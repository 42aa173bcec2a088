import type { Page } from "@playwright/test";
import { expect, signInAs, test, unique } from "./fixtures";
import { addOverdueJiebeiDebt, intakeClient, recordCreditorConsent } from "./cases";

const letter = (page: Page) => page.getByRole("article", { name: "Letter preview" });

async function show(page: Page, fields: { request?: string; months?: string; amount?: string }) {
  if (fields.request) await page.getByLabel("Request", { exact: true }).selectOption({ label: fields.request });
  await page.getByLabel("Months").fill(fields.months ?? "");
  await page.getByLabel("Amount").fill(fields.amount ?? "");
  await page.getByRole("button", { name: "Show letter" }).click();
}

/** Nothing to download, save or print while the letter cannot be written as asked. */
async function expectNoLetter(page: Page) {
  await expect(letter(page)).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Download DOCX" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Save to client's documents" })).toHaveCount(0);
}

test("a hardship letter waits for the client's consent, refuses figures it would not print as typed, and is filed as accepted", async ({ page }) => {
  test.setTimeout(150_000);
  await signInAs(page, "counsellor");
  const client = await intakeClient(page, unique("信函 Letter"), { hardship: "Illness or injury" });
  await addOverdueJiebeiDebt(page, client);
  const debtId = /\/debts\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  const docx = (search: string) => page.request.get(`/api/letters/${client.split("/").pop()}/${debtId}?${search}`);

  // No consent to contact creditors: the page says so and where to record it; the DOCX address is refused.
  await page.goto(`${client}/letters`);
  await expect(page.getByRole("heading", { name: "Consent to contact creditors is needed" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Show letter" })).toHaveCount(0);
  await expectNoLetter(page);
  const refused = await docx("lang=en&type=payment_extension&months=3");
  expect(refused.status()).toBe(403);
  expect(await refused.text()).toContain("the client has not consented to their counsellor contacting creditors");
  await page.getByRole("link", { name: "Record the consent on the client's page" }).click();
  await expect(page).toHaveURL(/#consent-heading$/);
  await recordCreditorConsent(page);

  await page.goto(`${client}/letters`);
  await page.getByLabel("Letter language").selectOption({ label: "English" });
  // A figure that does not parse is shown back beside its field, and no letter with another figure is offered.
  await show(page, { request: "Settlement", amount: "¥2000" });
  await expect(page.getByLabel("Amount")).toHaveAccessibleDescription(/Enter an amount in figures, for example 1,234.56\./);
  await expect(page.getByLabel("Amount")).toHaveValue("¥2000");
  await expect(page.getByText("Correct the figures marked above to see the letter.")).toBeVisible();
  await expectNoLetter(page);
  const invalid = await docx("lang=en&type=settlement&amount=%C2%A52000");
  expect(invalid.status()).toBe(400);
  expect(await invalid.text()).toContain("Amount: Enter an amount in figures, for example 1,234.56.");
  // A settlement above the balance is refused, as on the options page.
  await show(page, { amount: "9,000.01" });
  await expect(page.getByLabel("Amount")).toHaveAccessibleDescription(/The lump sum is more than the balance of CN¥9,000\.00\./);
  await expectNoLetter(page);

  await show(page, { request: "Payment extension", months: "0" });
  await expect(page.getByLabel("Months")).toHaveAccessibleDescription(/Enter a whole number of months from 1 to 600\./);
  await expectNoLetter(page);

  // Instalments that would pay more than the balance are refused; ones that add up make the letter.
  await show(page, { request: "Instalment plan", months: "12", amount: "1,000" });
  await expect(page.getByLabel("Amount")).toHaveAccessibleDescription(/12 instalments of CN¥1,000\.00 come to CN¥12,000\.00, more than the balance of CN¥9,000\.00/);
  await expectNoLetter(page);
  await show(page, { months: "12", amount: "750" });
  await expect(letter(page)).toContainText("We propose a personalised instalment plan of CN¥750.00 a month over 12 months.");
  // No sensitive-data consent: the illness recorded at intake stays out of the letter, and the page says so.
  await expect(page.getByText("The client has not consented to keeping sensitive data, so the letter leaves out their health")).toBeVisible();
  await expect(letter(page)).not.toContainText("illness");
  const ok = await docx(new URL((await page.getByRole("link", { name: "Download DOCX" }).getAttribute("href"))!, "http://x").search.slice(1));
  expect(ok.status()).toBe(200);

  // Saved, it is one of the client's documents, accepted: the agency's own letter awaits no review.
  await page.getByRole("button", { name: "Save to client's documents" }).click();
  await expect(page.getByText("Saved to the client's documents.")).toBeVisible();
  await page.goto(`${client}/documents`);
  const row = page.getByRole("row", { name: /hardship-letter-/ });
  await expect(row).toContainText("Accepted");
  await expect(row).not.toContainText("Waiting for review");
});
