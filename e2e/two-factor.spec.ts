import type { Browser, Page } from "@playwright/test";
import { codeForStep, currentStep } from "@/lib/auth/totp";
import { baseUrl, expect, passSecondFactor, signInAs, submit, test, unique } from "./fixtures";

async function englishPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseUrl() }]);
  return context.newPage();
}

/** Creates a staff account through the admin screen and returns its temporary password. */
async function createStaff(admin: Page, role: "supervisor" | "counsellor", name: string, email: string): Promise<string> {
  await admin.goto("/admin/staff");
  await admin.getByLabel("Full name").fill(name);
  await admin.getByLabel("E-mail address").fill(email);
  await admin.getByLabel("Role").selectOption(role);
  await admin.getByRole("button", { name: "Create account" }).click();
  const message = admin.getByRole("status").filter({ hasText: "New temporary password" });
  await expect(message).toBeVisible();
  const password = /: ([a-z0-9-]{19}) /.exec((await message.textContent()) ?? "")?.[1];
  if (!password) throw new Error("no temporary password shown");
  return password;
}

async function passwordStep(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/login/);
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseUrl() }]);
  await page.reload();
}

/** Scans nothing: reads the set-up key shown for manual entry, confirms with a code, returns key and recovery codes. */
async function enrol(page: Page): Promise<{ secret: string; codes: string[] }> {
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  const secret = ((await page.getByLabel("Set-up key").textContent()) ?? "").replace(/\s+/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await page.getByLabel("Code from the app").fill("000000");
  await submit(page, "Confirm and turn on");
  await expect(page.getByText("That code is not right, or it has already been used.")).toBeVisible();
  await page.getByLabel("Code from the app").fill(codeForStep(secret, currentStep()));
  await submit(page, "Confirm and turn on");
  const list = page.getByRole("list", { name: "Your recovery codes" });
  await expect(list.getByRole("listitem")).toHaveCount(10);
  return { secret, codes: await list.getByRole("listitem").allTextContents() };
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
}

test("a supervisor must enrol before any staff page; wrong codes are refused, a recovery code works once, an admin can reset", async ({ page, browser }) => {
  test.setTimeout(150_000);
  await signInAs(page, "admin");
  const email = `${unique("sup")}@example.com`;
  const name = unique("Supervisor 2FA");
  const password = await createStaff(page, "supervisor", name, email);

  const sup = await englishPage(browser);
  await passwordStep(sup, email, password);
  await expect(sup).toHaveURL(/\/two-factor\/setup$/);
  // Half signed in: no staff page, route handler or navigation, whatever the URL.
  await sup.goto("/clients");
  await expect(sup).toHaveURL(/\/two-factor\/setup$/);
  await expect(sup.getByRole("heading", { name: "Set up two-step sign-in" })).toBeVisible();
  const exported = await sup.request.get("/api/clients/export", { maxRedirects: 0 });
  // Not signed in until the second step: an export is refused or sent to the sign-in page.
  expect([307, 401, 403, 404]).toContain(exported.status());
  if (exported.status() === 307) expect(exported.headers().location).toMatch(/^\/login/);
  expect(await exported.text()).not.toContain("C-20");

  const { secret, codes } = await enrol(sup);
  await sup.getByRole("button", { name: "I have saved my codes — continue" }).click();
  await expect(sup).toHaveURL(/\/dashboard$/);
  await signOut(sup);

  // A recovery code signs in once.
  await passwordStep(sup, email, password);
  await expect(sup).toHaveURL(/\/two-factor$/);
  await sup.getByLabel("Authentication code").fill("123456");
  await submit(sup, "Verify");
  await expect(sup.getByText("That code is not right, or it has already been used.")).toBeVisible();
  await sup.getByLabel("Authentication code").fill(codes[0]!);
  await submit(sup, "Verify");
  await expect(sup).toHaveURL(/\/dashboard$/);
  await signOut(sup);
  await passwordStep(sup, email, password);
  await sup.getByLabel("Authentication code").fill(codes[0]!);
  await submit(sup, "Verify");
  await expect(sup.getByText("That code is not right, or it has already been used.")).toBeVisible();
  await expect(sup).toHaveURL(/\/two-factor$/);
  await passSecondFactor(sup, secret);
  await expect(sup).toHaveURL(/\/dashboard$/);

  // The admin resets it: the supervisor's session ends and the next sign-in asks for enrolment again.
  await page.goto("/admin/staff");
  const row = page.getByRole("row", { name: new RegExp(email) });
  await expect(row.getByText("On", { exact: true })).toBeVisible();
  await row.getByRole("button", { name: "Reset two-step sign-in" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Reset two-step sign-in" }).click();
  await expect(row.getByText(`Two-step sign-in was reset for ${name}`)).toBeVisible();
  await expect(row.getByText("Off", { exact: true })).toBeVisible();
  await sup.goto("/dashboard");
  await expect(sup).toHaveURL(/\/login/);
  await passwordStep(sup, email, password);
  await expect(sup).toHaveURL(/\/two-factor\/setup$/);
});

test("a counsellor can opt in from the account page, and then signs in with a code", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signInAs(page, "admin");
  const email = `${unique("c2fa")}@example.com`;
  const password = await createStaff(page, "counsellor", unique("Counsellor 2FA"), email);

  const me = await englishPage(browser);
  await passwordStep(me, email, password);
  await expect(me).toHaveURL(/\/dashboard$/); // optional for counsellors: no code yet
  await me.goto("/password");
  const section = me.getByRole("region", { name: /Two-step sign-in/ });
  await expect(section.getByText("Off", { exact: true })).toBeVisible();
  await section.getByRole("link", { name: "Set up two-step sign-in" }).click();
  await expect(me).toHaveURL(/\/two-factor\/setup$/);
  const { secret } = await enrol(me);
  await me.getByRole("link", { name: "I have saved my codes" }).click();
  await expect(me).toHaveURL(/\/password$/);
  await expect(me.getByRole("region", { name: /Two-step sign-in/ }).getByText("On", { exact: true })).toBeVisible();
  await me.goto("/dashboard");
  await signOut(me);

  await passwordStep(me, email, password);
  await expect(me).toHaveURL(/\/two-factor$/);
  await passSecondFactor(me, secret);
  await expect(me).toHaveURL(/\/dashboard$/);
});
