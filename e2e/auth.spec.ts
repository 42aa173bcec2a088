import type { Browser, Page } from "@playwright/test";
import { baseUrl, expect, people, signInAs, signInThroughForm, submit, test, unique } from "./fixtures";

const notFound = (page: Page) => expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();

async function englishPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseUrl() }]);
  return context.newPage();
}

/** Creates a counsellor through the admin screen and returns the temporary password it shows. */
async function createCounsellor(admin: Page, name: string, email: string): Promise<string> {
  await admin.goto("/admin/staff");
  await admin.getByLabel("Full name").fill(name);
  await admin.getByLabel("E-mail address").fill(email);
  await admin.getByLabel("Role").selectOption("counsellor");
  await admin.getByRole("button", { name: "Create account" }).click();
  const message = admin.getByRole("status").filter({ hasText: "New temporary password" });
  await expect(message).toBeVisible();
  const text = (await message.textContent()) ?? "";
  const password = /: ([a-z0-9-]{19}) /.exec(text)?.[1];
  if (!password) throw new Error(`no password in "${text}"`);
  return password;
}

// Staff landing on the dashboard with their seeded counts: e2e/landing.setup.ts (before any spec adds clients).
test.describe("each role lands in its own area", () => {
  test("a client lands in the portal and sees only their own case", async ({ page }) => {
    await signInThroughForm(page, "client");
    await expect(page).toHaveURL(/\/portal$/);
    await expect(page.getByText("Negotiating", { exact: true })).toBeVisible();
    await expect(page.getByText("Wang Fang 王芳")).toBeVisible();
    await expect(page.getByText(/^C-\d{4}-\d{5}$/)).toBeVisible();
  });
});

test.describe("areas are refused to other roles", () => {
  test("a client gets 404 for staff pages", async ({ page }) => {
    await signInAs(page, "client");
    for (const path of ["/dashboard", "/admin/staff"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await notFound(page);
    }
  });

  test("a counsellor gets 404 for the portal and the admin area", async ({ page }) => {
    await signInAs(page, "counsellor");
    for (const path of ["/portal", "/admin/staff"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await notFound(page);
    }
  });

  test("a supervisor gets 404 for the admin area", async ({ page }) => {
    await signInAs(page, "supervisor");
    expect((await page.goto("/admin/staff"))?.status()).toBe(404);
  });

  test("an anonymous visitor is sent to sign in", async ({ page }) => {
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/login\?next=%2Fdashboard/);
  });
});

test("a wrong password gets a clear message and no session", async ({ page }) => {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseUrl() }]);
  await page.goto("/login");
  await page.getByLabel("E-mail address").fill(people.counsellor2.email);
  await page.getByLabel("Password").fill("not the right passphrase");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That e-mail address and password do not match an active account.")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  expect((await page.goto("/dashboard"))?.url()).toContain("/login");
});

test("the sixth quick failure for one account is throttled, even with the right password", async ({ page, browser }) => {
  await signInAs(page, "admin");
  const email = `${unique("throttle")}@example.com`;
  const password = await createCounsellor(page, "Throttle Test", email);
  const visitor = await englishPage(browser);
  await visitor.goto("/login");
  for (let attempt = 1; attempt <= 5; attempt++) {
    // React resets the form after each answered submit; typing before that reset would be wiped.
    await expect(visitor.getByLabel("Password")).toHaveValue("");
    await visitor.getByLabel("E-mail address").fill(email);
    await visitor.getByLabel("Password").fill(`wrong guess ${attempt}`);
    await submit(visitor, "Sign in");
    await expect(visitor.getByText("do not match an active account")).toBeVisible();
  }
  await expect(visitor.getByLabel("Password")).toHaveValue("");
  await visitor.getByLabel("E-mail address").fill(email);
  await visitor.getByLabel("Password").fill(password);
  await visitor.getByRole("button", { name: "Sign in" }).click();
  await expect(visitor.getByText("Too many attempts.")).toBeVisible();
  await expect(visitor).toHaveURL(/\/login/);
});

test("a deactivated user's open session stops working at once", async ({ page, browser }) => {
  await signInAs(page, "admin");
  const name = unique("Leaver");
  const email = `${name.toLowerCase()}@example.com`;
  const password = await createCounsellor(page, name, email);

  const leaver = await englishPage(browser);
  await signInThroughForm(leaver, { email, password });
  await expect(leaver.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

  await page.reload();
  const row = page.getByRole("row").filter({ hasText: email });
  await row.getByRole("button", { name: "Deactivate" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Deactivate" }).click();
  await expect(row.getByText("Deactivated", { exact: true })).toBeVisible();

  await leaver.goto("/dashboard");
  await expect(leaver).toHaveURL(/\/login/);
});

test("the language switch turns the page Chinese and is remembered on the account", async ({ page, browser }) => {
  await signInAs(page, "counsellor2");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await page.getByRole("button", { name: "简体中文" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "工作台" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");

  const elsewhere = await (await browser.newContext()).newPage();
  await elsewhere.goto("/login");
  await elsewhere.getByLabel(/E-mail address|电子邮箱/).fill(people.counsellor2.email);
  await elsewhere.getByLabel(/^(Password|密码)$/).fill(people.counsellor2.password);
  await elsewhere.getByRole("button", { name: /^(Sign in|登录)$/ }).click();
  await expect(elsewhere.getByRole("heading", { level: 1, name: "工作台" })).toBeVisible();
  await elsewhere.getByRole("button", { name: "English" }).click();
  await expect(elsewhere.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
});

test("changing the password ends other sessions but keeps this one", async ({ page, browser }) => {
  await signInAs(page, "admin");
  const name = unique("Changer");
  const email = `${name.toLowerCase()}@example.com`;
  const temporary = await createCounsellor(page, name, email);

  const other = await englishPage(browser);
  await signInThroughForm(other, { email, password: temporary });
  const me = await englishPage(browser);
  await signInThroughForm(me, { email, password: temporary });

  await me.goto("/password");
  await me.getByLabel("Current password").fill(temporary);
  await me.getByLabel("New password", { exact: true }).fill("short");
  await me.getByLabel("Repeat the new password").fill("short");
  await submit(me, "Change password");
  await expect(me.getByText("Use at least 12 characters.")).toBeVisible();

  await me.getByLabel("Current password").fill(temporary);
  await me.getByLabel("New password", { exact: true }).fill("我的新密码 is long enough 🔐");
  await me.getByLabel("Repeat the new password").fill("我的新密码 is long enough 🔐");
  await submit(me, "Change password");
  await expect(me.getByText("Your password has been changed.")).toBeVisible();

  await me.goto("/dashboard");
  await expect(me.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await other.goto("/dashboard");
  await expect(other).toHaveURL(/\/login/);
});
