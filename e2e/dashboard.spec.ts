import type { Browser, Page } from "@playwright/test";
import { samplePng } from "../lib/documents/testing/samples";
import { expect, signedInPage, signInAs, submit, test, unique } from "./fixtures";
import { addOverdueJiebeiDebt, intakeClient } from "./cases";

/** A fresh client of the demo counsellor with one Jiebei debt; returns the client's path. */
async function newClientWithDebt(page: Page, name: string): Promise<string> {
  const client = await intakeClient(page, name, { phone: "+86 139 0000 7788" });
  await addOverdueJiebeiDebt(page, client);
  return client;
}

const section = (page: Page, title: string) => page.getByRole("region", { name: title, exact: true });

test("a counsellor with a mixed caseload sees each section and reaches the place to act in one click", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const name = unique("看板 Dashboard");
  const requestTitle = unique("Payslips for 2019");
  const fileName = `${unique("receipt")}.png`;
  await signInAs(page, "counsellor");
  const client = await newClientWithDebt(page, name);

  // An oral agreement by phone, long ago, with its next action overdue: unconfirmed + next action due.
  await page.goto(`${client}/negotiations/new`);
  await page.getByLabel("Date and time of contact").fill("2020-01-02T10:00");
  await page.getByLabel("Channel").selectOption({ label: "Phone" });
  await page.getByLabel("Counterpart name").fill("Ms Liu");
  await page.getByLabel("Request type").selectOption({ label: "Payment extension" });
  await page.getByLabel("Months requested").fill("3");
  await page.getByLabel("Outcome", { exact: true }).selectOption({ label: "Partially agreed" });
  await page.getByLabel("Months granted").fill("2");
  await page.getByLabel("Next action date").fill("2020-01-03");
  await page.getByRole("button", { name: "Save entry" }).click();
  await expect(page).toHaveURL(/\/negotiations\?saved=1$/);

  await expect(page.getByRole("article", { name: /Payment extension/ })).toContainText("Next action: Jan 3, 2020");

  // A plan that started long ago and was never paid: missed instalments.
  await page.getByRole("link", { name: /^Turn into a plan: Payment extension with Jiebei \(Ant Group\).*, Jan 2, 2020/ }).click();
  await page.getByLabel("Start date (first instalment due)").fill("2020-01-10");
  await page.getByRole("button", { name: "Create plan" }).click();
  await expect(page).toHaveURL(/\/plans\?saved=1$/);

  // An overdue document request and a document waiting for review.
  await page.goto(`${client}/documents`);
  await page.getByLabel("What is needed").fill(requestTitle);
  await page.getByLabel("Due date").fill("2020-01-04");
  await submit(page, "Send request");
  await expect(page.getByText("Request sent to the client.").first()).toBeVisible();
  await page.getByLabel("Type of document").first().selectOption({ label: "Proof of income" });
  await page.getByLabel("Choose files").setInputFiles([{ name: fileName, mimeType: "image/png", buffer: Buffer.from(samplePng()) }]);
  await expect(page.getByRole("list", { name: "Uploads" }).getByRole("listitem").filter({ hasText: fileName })).toContainText("Uploaded");

  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  const checks: { title: string; text: RegExp; lands: RegExp; overdue: boolean }[] = [
    { title: "Overdue document requests", text: new RegExp(requestTitle), lands: /\/documents$/, overdue: true },
    { title: "Next actions due", text: /Jiebei \(Ant Group\): next action due/, lands: /\/negotiations$/, overdue: true },
    { title: "Missed instalments", text: /instalment 1 due/, lands: /\/plans$/, overdue: true },
    { title: "Unconfirmed oral agreements", text: /not yet confirmed in writing/, lands: /\/negotiations$/, overdue: true },
  ];
  for (const check of checks) {
    const link = section(page, check.title).getByRole("link", { name: new RegExp(name) }).first();
    await expect(link).toBeVisible();
    await expect(link).toContainText(check.text);
    if (check.overdue) await expect(link).toContainText("Overdue");
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${client}${check.lands.source}`));
    await page.goBack();
  }
  // The newest upload may sit below the first ten: the section opens in full.
  await page.goto("/dashboard?expand=documents");
  const upload = section(page, "Documents awaiting review").getByRole("link", { name: new RegExp(fileName) });
  await upload.click();
  await expect(page).toHaveURL(new RegExp(`${client}/documents$`));
  await expect(page.getByRole("row", { name: new RegExp(fileName) })).toBeVisible();

  await page.goto("/dashboard");
  for (const title of ["Reviews overdue and due this week", "Documents awaiting review", "Collection pauses ending soon"]) await expect(section(page, title)).toBeVisible();

  // Another counsellor's dashboard does not show this client anywhere.
  const other = await signedInPage(browser, "otherCounsellor");
  await other.goto("/dashboard");
  await expect(section(other, "Missed instalments")).toBeVisible();
  await expect(other.getByRole("main")).not.toContainText(name);
  await other.context().close();
});

test("a counsellor with nothing due sees empty states that say what is fine", async ({ page }) => {
  // Sarah Lin's demo clients have no plans, pauses or reviews.
  await signInAs(page, "otherCounsellor");
  await page.goto("/dashboard");
  await expect(section(page, "Reviews overdue and due this week")).toContainText("No reviews overdue or due this week.");
  await expect(section(page, "Missed instalments")).toContainText("No missed instalments: every plan is being paid.");
  await expect(section(page, "Collection pauses ending soon")).toContainText("No collection pauses end in the next week.");
});

/** The demo client 张伟 uploads a proof of income through the portal, which notifies their counsellor. */
async function clientUploads(browser: Browser, fileName: string): Promise<void> {
  const client = await signedInPage(browser, "client");
  await client.goto("/portal/documents");
  await client.getByLabel("Type of document").selectOption({ label: "Proof of income" });
  await client.getByLabel("Choose files").setInputFiles([{ name: fileName, mimeType: "image/png", buffer: Buffer.from(samplePng()) }]);
  await expect(client.getByRole("list", { name: "Uploads" }).getByRole("listitem").filter({ hasText: fileName })).toContainText("Uploaded");
  await client.context().close();
}

test("a client's upload notifies the counsellor, who reads it and marks it read", async ({ page, browser }) => {
  test.slow();
  const fileName = `${unique("bank-statement")}.png`;
  await clientUploads(browser, fileName);

  await signInAs(page, "counsellor");
  const bell = page.getByRole("link", { name: /^Notifications, \d+ unread$/ });
  await expect(bell).toBeVisible();
  await bell.click();
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  const text = `张伟 uploaded ${fileName}`;
  const item = page.getByRole("listitem").filter({ hasText: text });
  await expect(item.getByText("New", { exact: true })).toBeVisible();
  const before = Number((await bell.getAttribute("aria-label"))!.match(/(\d+) unread/)![1]);
  await submit(page, `Mark as read: ${text}`);
  // Gone from the unread list, still under All, and the header count went down.
  await expect(page.getByRole("link", { name: text })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /^Notifications, / })).not.toHaveAttribute("aria-label", `Notifications, ${before} unread`);
  await page.getByRole("link", { name: "All" }).click();
  await expect(page.getByRole("link", { name: text })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: text }).getByRole("button", { name: /Mark as read/ })).toHaveCount(0);
  await page.getByRole("link", { name: text }).click();
  await expect(page).toHaveURL(/\/clients\/[0-9a-f-]{36}\/documents$/);

  // Another counsellor never sees it.
  const other = await signedInPage(browser, "counsellor2");
  await other.goto("/notifications?show=all");
  await expect(other.getByRole("link", { name: text })).toHaveCount(0);
  await other.context().close();

  await page.goto("/notifications");
  if (await page.getByRole("button", { name: "Mark all as read" }).isVisible()) await submit(page, "Mark all as read");
  await expect(page.getByRole("heading", { name: "You are all caught up: no unread notifications." })).toBeVisible();
  await expect(page.getByRole("link", { name: "Notifications, none unread" })).toBeVisible();
});

test("following a notice to where to act marks it read", async ({ page, browser }) => {
  test.slow();
  const fileName = `${unique("payslip")}.png`;
  await clientUploads(browser, fileName);

  await signInAs(page, "counsellor");
  await page.goto("/notifications");
  const text = `张伟 uploaded ${fileName}`;
  await expect(page.getByRole("listitem").filter({ hasText: text }).getByText("New", { exact: true })).toBeVisible();
  const before = await page.getByRole("link", { name: /^Notifications, / }).getAttribute("aria-label");
  await page.getByRole("link", { name: text }).click();
  await expect(page).toHaveURL(/\/clients\/[0-9a-f-]{36}\/documents$/);
  await expect(page.getByRole("link", { name: /^Notifications, / })).not.toHaveAttribute("aria-label", before!);
  await page.goto("/notifications");
  await expect(page.getByRole("link", { name: text })).toHaveCount(0);
  await page.getByRole("link", { name: "All" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: text }).getByText("New", { exact: true })).toHaveCount(0);
});

test("opening the dashboard and the caseload asks the server for those pages only: no prefetch of every listed link", async ({ page }) => {
  const prefetches: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["next-router-prefetch"]) prefetches.push(request.url());
  });
  await signInAs(page, "counsellor");
  for (const path of ["/dashboard", "/clients"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    // Links prefetch when they scroll into view: bring every one of them there.
    await page.mouse.wheel(0, 5000);
    await page.waitForTimeout(1000);
  }
  expect(prefetches).toEqual([]);
  // A click still navigates within the app.
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/clients\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
