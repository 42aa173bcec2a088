import type { Page } from "@playwright/test";
import { intakeClient } from "./cases";
import { baseUrl, expect, signedInPage, signInThroughForm, submit, test, unique } from "./fixtures";

/** Opens a one-time link in `page` and chooses `password` with it. */
async function usePasswordLink(page: Page, link: string, password: string, button: string): Promise<void> {
  await page.goto(new URL(link).pathname);
  await page.getByLabel("Choose a password", { exact: true }).fill(password);
  await page.getByLabel("Repeat the new password", { exact: true }).fill(password);
  await submit(page, button);
}

// A fresh client with a fresh portal account: the demo client's sessions stay untouched for other specs.
test("a counsellor revokes a client's portal access, and a new sign-in link restores it with a new password", async ({ browser }) => {
  const counsellor = await signedInPage(browser, "counsellor");
  await intakeClient(counsellor, unique("Portal access"));
  const email = `${unique("portal").toLowerCase()}@example.com`;
  await counsellor.getByLabel("Client's e-mail address", { exact: true }).fill(email);
  await submit(counsellor, "Invite to the portal");
  const invitation = await counsellor.getByLabel("Invitation link", { exact: true }).inputValue();

  const client = await (await browser.newContext()).newPage();
  await client.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseUrl() }]);
  await usePasswordLink(client, invitation, "first portal passphrase", "Create my account");
  await signInThroughForm(client, { email, password: "first portal passphrase" });
  await expect(client).toHaveURL(/\/portal$/);

  // Revoking asks first, then ends the client's session at once.
  await counsellor.reload();
  await expect(counsellor.getByText(`Portal account active: ${email}`)).toBeVisible();
  await counsellor.getByRole("button", { name: "Revoke portal access" }).click();
  const dialog = counsellor.getByRole("alertdialog", { name: "Revoke portal access" });
  await expect(dialog).toContainText(email);
  await dialog.getByRole("button", { name: "Revoke portal access" }).click();
  await expect(counsellor.getByText(`Portal access revoked: ${email}`)).toBeVisible();
  await expect(counsellor.getByRole("button", { name: "Revoke portal access" })).toHaveCount(0);

  await client.goto("/portal");
  await expect(client).toHaveURL(/\/login/);
  await client.getByLabel("E-mail address").fill(email);
  await client.getByLabel("Password").fill("first portal passphrase");
  await client.getByRole("button", { name: "Sign in" }).click();
  await expect(client.getByText("That e-mail address and password do not match an active account.")).toBeVisible();

  // A new link sets a new password on the same account and restores access; it works once.
  await submit(counsellor, "Send a new sign-in link");
  const link = await counsellor.getByLabel("Sign-in link", { exact: true }).inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await client.goto(new URL(link).pathname);
  await expect(client.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await expect(client.getByLabel("E-mail address", { exact: true })).toHaveValue(email);
  await usePasswordLink(client, link, "second portal passphrase", "Set my new password");
  await expect(client.getByText("Your new password is set.")).toBeVisible();
  await client.goto(new URL(link).pathname);
  await expect(client.getByText("This invitation link is not valid")).toBeVisible();

  await signInThroughForm(client, { email, password: "second portal passphrase" });
  await expect(client).toHaveURL(/\/portal$/);
  await counsellor.reload();
  await expect(counsellor.getByText(`Portal account active: ${email}`)).toBeVisible();
});
