import type { Locator, Page } from "@playwright/test";
import { baseUrl, expect, signedInPage, signInAs, submit, test, unique } from "./fixtures";

/** Clicks a submit button inside one form and waits for the server action's answer. */
async function send(page: Page, button: Locator): Promise<void> {
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && r.url().startsWith(baseUrl()));
  await button.click();
  await answered;
}

/** The year up to today, spelled out, so the demo's year of contacts is in range whatever the date. */
function lastYear(): { from: string; to: string } {
  const to = new Date();
  const from = new Date(to.getTime() - 364 * 86_400_000);
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
}

test("a supervisor finds the creditor that grants extensions least often, drills into its entries and exports the same figures", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, "supervisor");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Outcome analytics" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Outcome analytics" })).toBeVisible();
  const { from, to } = lastYear();
  const filters = page.getByRole("search", { name: "Analytics filters" });
  await filters.getByLabel("From", { exact: true }).fill(from);
  await filters.getByLabel("To", { exact: true }).fill(to);
  await filters.getByLabel("Request type").selectOption({ label: "Payment extension" });
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/type=payment_extension/);

  const byCreditor = page.getByRole("table", { name: "Agreement rate by creditor" });
  const lowest = byCreditor.getByRole("row").nth(1);
  await expect(lowest.getByRole("rowheader")).toHaveText("China Construction Bank Credit Card");
  const cells = lowest.getByRole("cell");
  const decided = (await cells.nth(1).textContent())!.trim();
  const rate = (await cells.nth(5).textContent())!.trim();
  expect(rate).toMatch(/^\d+\.\d% \(n = \d+\)$/);
  expect(rate).toContain(`(n = ${decided})`);

  // The "decided" figure links to exactly the entries it counts.
  await cells.nth(1).getByRole("link").click();
  await expect(page).toHaveURL(/\/supervision\/analytics\/entries\?.*creditor=.*type=payment_extension.*outcome=decided/);
  await expect(page.getByRole("heading", { level: 1, name: "Entries behind the figure" })).toBeVisible();
  const entries = page.getByRole("table", { name: "Entries behind the figure" }).getByRole("row");
  await expect(entries).toHaveCount(Number(decided) + 1);
  await expect(page.getByTestId("slice-summary")).toContainText(`${decided} entries`);
  for (const row of await entries.all()) {
    if (await row.getByRole("columnheader").count()) continue;
    await expect(row).toContainText("China Construction Bank Credit Card");
    await expect(row).toContainText(/Agreed|Partially agreed|Rejected/);
  }

  // The CSV carries the screen's figures, rounded the same way.
  await page.getByRole("main").getByRole("link", { name: "Outcome analytics" }).click();
  const exportHref = await page.getByRole("link", { name: "Export CSV" }).getAttribute("href");
  expect(exportHref).toContain("type=payment_extension");
  const response = await page.request.get(exportHref!);
  expect(response.headers()["content-disposition"]).toContain("attachment");
  const csv = await response.text();
  const line = csv.split("\r\n").find((l) => l.startsWith("Agreement rate by creditor,China Construction Bank Credit Card,"));
  expect(line, csv).toBeDefined();
  const [, , , csvDecided, , , , csvRate, csvN] = line!.split(",");
  expect(csvDecided).toBe(decided);
  expect(`${csvRate} (n = ${csvN})`).toBe(rate);
});

test("a supervisor sends a plan back for correction; the counsellor sees it on the dashboard and resolves it", async ({ browser }) => {
  test.setTimeout(120_000);
  const supervisor = await signedInPage(browser, "supervisor");
  await supervisor.goto("/supervision/reviews");
  // What is signed off: the whole amount, not only the first instalment's.
  await expect(supervisor.getByText("CN¥14,300.00 in 10 monthly instalments (the first CN¥1,430.00)").first()).toBeVisible();
  const form = supervisor.getByRole("form", { name: "Sign off for Emily Brown" });
  await form.getByRole("radio", { name: "Needs correction" }).check();
  await send(supervisor, form.getByRole("button", { name: "Record decision" }));
  await expect(form.getByText("Write what needs correcting before sending it back.")).toBeVisible();
  await form.getByRole("radio", { name: "Needs correction" }).check();
  await form.getByLabel("Comment for the counsellor").fill("The first instalment date does not match the creditor's letter.");
  await send(supervisor, form.getByRole("button", { name: "Record decision" }));
  await expect(supervisor.getByText("Sent back to the counsellor.")).toBeVisible();

  // The counsellor follows the notice to the place where the comment is and can be answered.
  const counsellor = await signedInPage(browser, "counsellor2");
  await counsellor.goto("/notifications");
  await counsellor.getByRole("link", { name: "A supervisor left feedback on Emily Brown" }).first().click();
  await expect(counsellor).toHaveURL(/\/dashboard#corrections$/);
  const card = counsellor.getByRole("region", { name: /outcome reviews? needs? correction/ });
  await expect(card).toContainText("The first instalment date does not match the creditor's letter.");
  await expect(card).toContainText("Emily Brown");
  const resolve = card.getByRole("form", { name: "Resolve the correction for Emily Brown" });
  await resolve.getByLabel("What did you correct?").fill("Checked the letter: moved the first instalment to the 25th.");
  await submit(counsellor, "Mark as resolved");
  await expect(counsellor.getByText("Marked as resolved. Your supervisor can see your note.")).toBeVisible();
  await counsellor.reload();
  await expect(counsellor.getByRole("region", { name: /outcome reviews? needs? correction/ })).toHaveCount(0);

  await supervisor.reload();
  const sentBack = supervisor.getByRole("region", { name: "Sent back for correction" });
  await expect(sentBack).toContainText("Resolved");
  await expect(sentBack).toContainText("Checked the letter: moved the first instalment to the 25th.");
  // Resolved, the plan waits for a fresh sign-off.
  await expect(supervisor.getByRole("form", { name: "Sign off for Emily Brown" })).toBeVisible();
});

test("the team overview lists the supervisor's counsellors and moves a client to a colleague", async ({ page }) => {
  await signInAs(page, "supervisor");
  await page.goto("/supervision");
  const table = page.getByRole("table", { name: "Counsellors and their caseloads" });
  await expect(table.getByRole("rowheader")).toHaveText(["David Chen", "Wang Fang 王芳"]);
  await expect(table).not.toContainText("Sarah Lin");
  await table.getByRole("link", { name: "Reassign clients of David Chen" }).click();
  const panel = page.getByRole("region", { name: "Reassign clients of David Chen" });
  await panel.getByRole("checkbox", { name: /黄磊/ }).check();
  await panel.getByLabel("Assign to counsellor").selectOption({ label: "Wang Fang 王芳" });
  await panel.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(page.getByRole("alertdialog", { name: "Reassign 1 client?" })).toContainText("moves to Wang Fang 王芳");
  await submit(page, "Reassign");
  await expect(panel.getByRole("status")).toContainText(/1 client/);
});

test("a counsellor deactivated with an open case stays on the team overview, marked, until the case is reassigned", async ({ browser }) => {
  test.setTimeout(120_000);
  // Zhou Min's team: this spec lists Li Na's exactly.
  const admin = await signedInPage(browser, "admin");
  const leaver = unique("Leaving Counsellor");
  await admin.goto("/admin/staff");
  const form = admin.getByRole("region", { name: "New staff account" });
  await form.getByLabel("Full name").fill(leaver);
  await form.getByLabel("E-mail address").fill(`${leaver.toLowerCase().replaceAll(" ", ".")}@example.com`);
  await form.getByLabel("Role").selectOption("counsellor");
  await form.getByLabel("Supervisor").selectOption({ label: "Zhou Min 周敏" });
  await submit(admin, "Create account");
  await expect(form.getByRole("status")).toContainText("New temporary password");

  const supervisor = await signedInPage(browser, "otherSupervisor");
  const client = unique("Handed Over");
  await supervisor.goto("/clients/new");
  await supervisor.getByLabel("Full name", { exact: true }).fill(client);
  await supervisor.getByLabel("Phone", { exact: true }).fill("13800136666");
  await supervisor.getByLabel("Employment", { exact: true }).selectOption("employed");
  await supervisor.getByLabel("Counsellor", { exact: true }).selectOption({ label: leaver });
  await submit(supervisor, "Save client");
  await expect(supervisor.getByRole("heading", { level: 1, name: client })).toBeVisible();

  await admin.reload();
  const row = admin.getByRole("row").filter({ has: admin.getByRole("rowheader", { name: leaver }) });
  await row.getByRole("button", { name: "Deactivate" }).click();
  const confirm = admin.getByRole("alertdialog");
  await expect(confirm).toContainText("Their 1 open case stays assigned to them until a supervisor reassigns it on the Team overview.");
  await confirm.getByRole("button", { name: "Deactivate" }).click();
  await expect(row).toContainText("1 open case to reassign");

  await supervisor.goto("/supervision");
  const table = supervisor.getByRole("table", { name: "Counsellors and their caseloads" });
  const leaverRow = table.getByRole("row").filter({ has: supervisor.getByRole("rowheader", { name: new RegExp(leaver) }) });
  await expect(leaverRow).toContainText("Deactivated");
  await expect(leaverRow).toContainText("Reassign their open cases to a colleague.");
  await leaverRow.getByRole("link", { name: `Reassign clients of ${leaver}` }).click();
  const panel = supervisor.getByRole("region", { name: `Reassign clients of ${leaver}` });
  await panel.getByRole("checkbox", { name: new RegExp(client) }).check();
  await panel.getByLabel("Assign to counsellor").selectOption({ label: "Sarah Lin" });
  await panel.getByRole("button", { name: "Assign", exact: true }).click();
  await submit(supervisor, "Reassign");
  // Nothing open is left with them: they leave the overview, and the client is Sarah Lin's.
  await expect(table.getByRole("rowheader", { name: new RegExp(leaver) })).toHaveCount(0);
  await supervisor.goto(`/clients?q=${encodeURIComponent(client)}`);
  await expect(supervisor.getByRole("row").filter({ hasText: client })).toContainText("Sarah Lin");
});

test("a supervisor reads and exports the audit log of their team's clients only", async ({ page }) => {
  await signInAs(page, "supervisor");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Audit log" }).click();
  const filters = page.getByRole("search", { name: "Audit log filters" });
  await filters.getByLabel("Action", { exact: true }).fill("client.created");
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/action=client\.created/);
  const table = page.getByRole("table", { name: "Audit entries, newest first" });
  await expect(table).toContainText("张伟");
  await expect(table).not.toContainText("孙丽");
  const href = await page.getByRole("link", { name: "Export CSV" }).getAttribute("href");
  const csv = await (await page.request.get(href!)).text();
  expect(csv).toContain("client.created");
  expect(csv).toContain("张伟");
  expect(csv).not.toContain("孙丽");
});
