import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

type IntakeOptions = { phone?: string; employment?: string; hardship?: string | null };

/** Intake through the form as the signed-in staff member; returns the new client's path. */
export async function intakeClient(page: Page, name: string, { phone = "+86 139 0000 1234", employment = "unemployed", hardship = "Drop in income" }: IntakeOptions = {}): Promise<string> {
  await page.goto("/clients/new");
  await page.getByLabel("Full name", { exact: true }).fill(name);
  await page.getByLabel("Phone", { exact: true }).fill(phone);
  await page.getByLabel("Employment", { exact: true }).selectOption(employment);
  if (hardship) await page.getByRole("checkbox", { name: hardship }).check();
  await page.getByRole("button", { name: "Save client" }).click();
  await expect(page).toHaveURL(/\/clients\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}

/** Adds an overdue Jiebei debt of ¥9,000 (¥12,000 borrowed, 0.05%/day) to the client at `client`. */
export async function addOverdueJiebeiDebt(page: Page, client: string): Promise<void> {
  await page.goto(`${client}/debts/new`);
  await page.getByLabel("Creditor").selectOption({ label: "Jiebei (Ant Group) · 借呗（蚂蚁集团）" });
  await page.getByLabel("Original principal").fill("12,000");
  await page.getByLabel("Current balance").fill("9,000");
  await page.getByLabel("Interest rate (%)").fill("0.05");
  await page.getByLabel("Rate period").selectOption({ label: "per day" });
  await page.getByLabel("Status").selectOption({ label: "Overdue" });
  await page.getByRole("button", { name: "Save debt" }).click();
  await expect(page).toHaveURL(/\/debts\/[0-9a-f-]{36}\?saved=created$/);
}

/** Records, on the client page already open, the client's consent to their counsellor contacting creditors. */
export async function recordCreditorConsent(page: Page): Promise<void> {
  const panel = page.getByRole("region", { name: "Consent" });
  await panel.getByLabel("Consent to").selectOption({ label: "Contacting creditors on the client's behalf" });
  await panel.getByLabel("The client has read or heard the wording above and agrees.").check();
  await panel.getByRole("button", { name: "Record consent" }).click();
  await expect(panel.getByRole("listitem").filter({ hasText: "Contacting creditors on the client's behalf" })).toContainText("In force");
}
