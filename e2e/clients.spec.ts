import fs from "node:fs";
import type { Page } from "@playwright/test";
import { baseUrl, expect, signedInPage, signInAs, signInThroughForm, submit, test, unique } from "./fixtures";
import { addOverdueJiebeiDebt, intakeClient } from "./cases";

/** Intake through the form; returns the new client's page URL. */
async function intake(page: Page, name: string, phone = "+86 139 0000 1234"): Promise<string> {
  const path = await intakeClient(page, name, { phone });
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return path;
}

test("intake shows each error beside its field and saves nothing, then saves; search, filter and CSV find the client", async ({ page }) => {
  await signInAs(page, "counsellor");
  const name = unique("林 Intake");
  await page.goto("/clients/new");
  await page.getByLabel("Full name", { exact: true }).fill(name);
  await page.getByLabel("Phone", { exact: true }).fill("12345");
  await page.getByLabel("E-mail address", { exact: true }).fill("lin@");
  await page.getByRole("checkbox", { name: "Other" }).first().check();
  await page.getByLabel("Preferred language", { exact: true }).selectOption("en");
  await submit(page, "Save client");
  // The first field in error takes the focus; what was chosen stays chosen.
  await expect(page.getByLabel("Phone", { exact: true })).toBeFocused();
  await expect(page.getByLabel("Preferred language", { exact: true })).toHaveValue("en");
  await expect(page.getByLabel("Phone", { exact: true })).toHaveAccessibleDescription(/Enter a phone number such as 13800138000/);
  await expect(page.getByLabel("E-mail address", { exact: true })).toHaveAccessibleDescription(/valid e-mail address/);
  await expect(page.getByLabel("Employment", { exact: true })).toHaveAccessibleDescription(/Choose one of the options offered/);
  await expect(page.getByLabel("Other reason, in the client's words", { exact: true })).toHaveAccessibleDescription(/describe "Other"/);
  await expect(page.getByLabel("Full name", { exact: true })).toHaveValue(name);
  await expect(page).toHaveURL(/\/clients\/new$/);

  await page.goto("/clients?q=" + encodeURIComponent(name));
  await expect(page.getByText("No clients match this search")).toBeVisible();

  const path = await intake(page, name, "13800139999");
  await page.goto("/clients");
  await page.getByLabel("Search by name, reference or phone", { exact: true }).fill(name.slice(0, 12));
  await page.getByLabel("Status", { exact: true }).selectOption("intake");
  await page.getByRole("search", { name: "Search and filter clients" }).getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/status=intake/);
  await expect(page.getByRole("link", { name })).toHaveAttribute("href", path);
  // Phone endings find it too.
  await page.goto("/clients?q=0139999");
  await expect(page.getByRole("link", { name })).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const file = await (await download).path();
  const bytes = fs.readFileSync(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString("utf8");
  expect(text).toContain("Reference,Name,Phone");
  expect(text).toContain(name);
});

test("the caseload finds a client by creditor, and keeps the team overview's open cases when searching again", async ({ page }) => {
  await signInAs(page, "counsellor");
  const name = unique("债权人 Filter");
  const path = await intake(page, name);
  await addOverdueJiebeiDebt(page, path);

  await page.goto("/clients?q=" + encodeURIComponent(name));
  const search = page.getByRole("search", { name: "Search and filter clients" });
  await search.getByLabel("Creditor", { exact: true }).selectOption({ label: "Jiebei (Ant Group)" });
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/creditor=[0-9a-f-]{36}/);
  await expect(page.getByRole("link", { name })).toHaveAttribute("href", path);
  await search.getByLabel("Creditor", { exact: true }).selectOption({ label: "ICBC Credit Card" });
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No clients match this search")).toBeVisible();

  // Several statuses from a link stay one choice: searching again keeps them all.
  const open = "intake,active,negotiating,plan_agreed,monitoring";
  await page.goto(`/clients?status=${open}&q=${encodeURIComponent(name)}`);
  await expect(search.getByLabel("Status", { exact: true })).toHaveValue(open);
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(new RegExp(`status=${encodeURIComponent(open)}`));
  await expect(page.getByRole("link", { name })).toBeVisible();
});

test("the second of two concurrent edits gets a conflict showing what changed; the status moves along the workflow", async ({ browser }) => {
  const counsellor = await signedInPage(browser, "counsellor");
  const supervisor = await signedInPage(browser, "supervisor");
  const name = unique("Conflict");
  const path = await intake(counsellor, name);
  await counsellor.goto(`${path}/edit`);
  await supervisor.goto(`${path}/edit`);
  await counsellor.getByLabel("Phone", { exact: true }).fill("13711112222");
  await counsellor.getByRole("button", { name: "Save changes" }).click();
  await expect(counsellor).toHaveURL(new RegExp(`${path}$`));
  await supervisor.getByLabel("Notes", { exact: true }).fill("Supervisor's note");
  await submit(supervisor, "Save changes");
  await expect(supervisor.getByText("Someone else saved this client while you were editing")).toBeVisible();
  await expect(supervisor.getByLabel("Phone", { exact: true })).toHaveAccessibleDescription(/Now saved as: 13711112222/);
  // Only the colleague's change is named: the supervisor's own note is not said to be someone else's.
  await expect(supervisor.getByLabel("Notes", { exact: true })).not.toHaveAccessibleDescription(/Now saved as/);
  await counsellor.reload();
  await expect(counsellor.getByText("Supervisor's note")).toHaveCount(0);
  await expect(counsellor.getByText("13711112222")).toBeVisible();

  await counsellor.getByLabel("Move the case to", { exact: true }).selectOption("active");
  await counsellor.getByRole("button", { name: "Change status" }).click();
  await expect(counsellor.getByRole("main").getByText("Active", { exact: true }).first()).toBeVisible();
  await counsellor.getByRole("link", { name: "Timeline" }).click();
  await expect(counsellor.getByText("Status changed from Intake to Active")).toBeVisible();
  await expect(counsellor.getByText("Details changed: Phone")).toBeVisible();

  // Closing asks why, in the reader's words, and says so when no reason is chosen.
  await counsellor.goto(path);
  const moveTo = counsellor.getByLabel("Move the case to", { exact: true });
  await moveTo.selectOption("closed");
  const reason = counsellor.getByLabel("Reason for closing", { exact: true });
  await expect(reason.locator("option")).toHaveText(["Choose…", "Repayment plan completed", "Debts settled", "Client withdrew", "Referred elsewhere", "Other"]);
  // A counsellor cannot undo a closure, so it is confirmed first; cancelling changes nothing.
  const confirmation = counsellor.getByRole("alertdialog", { name: "Close this case?" });
  await counsellor.getByRole("button", { name: "Change status" }).click();
  await expect(confirmation).toContainText("Only a supervisor can reopen it.");
  await confirmation.getByRole("button", { name: "Cancel" }).click();
  await expect(confirmation).toBeHidden();
  await counsellor.reload();
  await expect(counsellor.getByRole("main").getByText("Active", { exact: true }).first()).toBeVisible();
  await expect(moveTo).toBeVisible();
  await expect(counsellor.getByText("This case is closed. A supervisor can reopen it.")).toHaveCount(0);
  await moveTo.selectOption("closed");
  await counsellor.getByRole("button", { name: "Change status" }).click();
  await submit(counsellor, "Close the case");
  await expect(reason).toHaveAccessibleDescription(/Choose why the case is being closed/);
  await expect(reason).toBeFocused();
  await expect(moveTo).toHaveValue("closed");

  // Someone else changes the case meanwhile: the closure is refused, saying where the case is now; the
  // reason and note stay as typed, and a second, deliberate confirmation closes the case.
  await reason.selectOption("client_withdrew");
  const note = counsellor.getByLabel('Details (required for "Other")', { exact: true });
  await note.fill("Moved abroad; asked us to stop.");
  await supervisor.goto(`${path}/edit`);
  await supervisor.getByLabel("Notes", { exact: true }).fill("Called the client back.");
  await supervisor.getByRole("button", { name: "Save changes" }).click();
  await expect(supervisor).toHaveURL(new RegExp(`${path}$`));
  await counsellor.getByRole("button", { name: "Change status" }).click();
  await submit(counsellor, "Close the case");
  await expect(counsellor.getByText("Someone else changed this case while you were working on it; it is now: Active.")).toBeVisible();
  await expect(reason).toHaveValue("client_withdrew");
  await expect(note).toHaveValue("Moved abroad; asked us to stop.");
  // By keyboard: Enter in the note asks for the confirmation rather than submitting; it opens on Cancel.
  await note.press("Enter");
  await expect(confirmation).toBeVisible();
  await expect(confirmation.getByRole("button", { name: "Cancel" })).toBeFocused();
  await counsellor.keyboard.press("Tab");
  await expect(confirmation.getByRole("button", { name: "Close the case" })).toBeFocused();
  await counsellor.keyboard.press("Enter");
  await expect(counsellor.getByText("This case is closed. A supervisor can reopen it.")).toBeVisible();
});

test("intake keeps everything typed when the chosen counsellor can no longer take clients", async ({ browser }) => {
  const admin = await signedInPage(browser, "admin");
  const leaver = unique("Leaving");
  const email = `${leaver.toLowerCase()}@example.com`;
  await admin.goto("/admin/staff");
  const newStaff = admin.getByRole("region", { name: "New staff account" });
  await newStaff.getByLabel("Full name").fill(leaver);
  await newStaff.getByLabel("E-mail address").fill(email);
  await newStaff.getByLabel("Role").selectOption("counsellor");
  // In Zhou Min's team: the supervision spec lists Li Na's exactly, and may run meanwhile.
  await newStaff.getByLabel("Supervisor").selectOption({ label: "Zhou Min 周敏" });
  await submit(admin, "Create account");
  await expect(newStaff.getByRole("status")).toContainText("New temporary password");

  // The supervisor starts an intake for the new counsellor, who leaves before it is saved.
  const supervisor = await signedInPage(browser, "otherSupervisor");
  const name = unique("Kept Intake");
  await supervisor.goto("/clients/new");
  await supervisor.getByLabel("Full name", { exact: true }).fill(name);
  await supervisor.getByLabel("Phone", { exact: true }).fill("13800135555");
  await supervisor.getByLabel("Employment", { exact: true }).selectOption("unemployed");
  await supervisor.getByRole("checkbox", { name: "Drop in income" }).check();
  await supervisor.getByLabel("Notes", { exact: true }).fill("Two loans from online lenders.");
  await supervisor.getByLabel("Counsellor", { exact: true }).selectOption({ label: leaver });

  await admin.reload();
  const row = admin.getByRole("row").filter({ hasText: email });
  await row.getByRole("button", { name: "Deactivate" }).click();
  await admin.getByRole("alertdialog").getByRole("button", { name: "Deactivate" }).click();
  await expect(row.getByText("Deactivated", { exact: true })).toBeVisible();

  await submit(supervisor, "Save client");
  await expect(supervisor.getByLabel("Counsellor", { exact: true })).toHaveAccessibleDescription(/This counsellor can no longer be assigned .* Nothing was saved yet; choose another counsellor from the list\./);
  // The list no longer offers the leaver.
  await expect(supervisor.getByLabel("Counsellor", { exact: true }).getByRole("option", { name: leaver })).toHaveCount(0);
  await expect(supervisor).toHaveURL(/\/clients\/new$/);
  await expect(supervisor.getByLabel("Full name", { exact: true })).toHaveValue(name);
  await expect(supervisor.getByLabel("Phone", { exact: true })).toHaveValue("13800135555");
  await expect(supervisor.getByLabel("Employment", { exact: true })).toHaveValue("unemployed");
  await expect(supervisor.getByRole("checkbox", { name: "Drop in income" })).toBeChecked();
  await expect(supervisor.getByLabel("Notes", { exact: true })).toHaveValue("Two loans from online lenders.");
});

test("invite, accept, and the client signs in to see only their own case; another counsellor gets a 404", async ({ browser }) => {
  const counsellor = await signedInPage(browser, "counsellor");
  const name = unique("Invitee");
  const path = await intake(counsellor, name);
  const reference = (await counsellor.locator("h1 + span").textContent())?.trim() ?? "";
  const email = `${unique("client").toLowerCase()}@example.com`;
  await counsellor.getByLabel("Client's e-mail address", { exact: true }).fill(email);
  await submit(counsellor, "Invite to the portal");
  const link = await counsellor.getByLabel("Invitation link", { exact: true }).inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);

  const invitee = await (await browser.newContext()).newPage();
  await invitee.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseUrl() }]);
  await invitee.goto(new URL(link).pathname);
  await invitee.getByLabel("Choose a password", { exact: true }).fill("short");
  await invitee.getByLabel("Repeat the new password", { exact: true }).fill("short");
  await submit(invitee, "Create my account");
  await expect(invitee.getByLabel("Choose a password", { exact: true })).toHaveAccessibleDescription(/Use at least 12 characters/);
  await invitee.getByLabel("Choose a password", { exact: true }).fill("my portal passphrase");
  await invitee.getByLabel("Repeat the new password", { exact: true }).fill("my portal passphrase");
  await submit(invitee, "Create my account");
  await expect(invitee.getByText("Your account is ready")).toBeVisible();
  await invitee.goto(new URL(link).pathname);
  await expect(invitee.getByText("This invitation link is not valid")).toBeVisible();

  await signInThroughForm(invitee, { email, password: "my portal passphrase" });
  await expect(invitee).toHaveURL(/\/portal$/);
  await expect(invitee.getByText(reference)).toBeVisible();
  const staffPage = await invitee.goto(path);
  expect(staffPage?.status()).toBe(404);

  const other = await signedInPage(browser, "otherCounsellor");
  for (const url of [path, `${path}/edit`, `${path}/timeline`, `${path}/documents`]) {
    const response = await other.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(other.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
  await other.goto("/clients?q=" + encodeURIComponent(name));
  await expect(other.getByRole("link", { name })).toHaveCount(0);
  const csv = await other.request.get("/api/clients/export?q=" + encodeURIComponent(name));
  expect(await csv.text()).not.toContain(name);
});

test("a supervisor reassigns clients from the table; the new counsellor sees them, the old one gets a 404", async ({ browser }) => {
  const counsellor = await signedInPage(browser, "counsellor");
  const name = unique("Reassign");
  const path = await intake(counsellor, name);
  const supervisor = await signedInPage(browser, "supervisor");
  await supervisor.goto("/clients?q=" + encodeURIComponent(name));
  await supervisor.getByRole("checkbox", { name: `Select ${name}` }).check();
  await supervisor.getByLabel("Assign to counsellor", { exact: true }).selectOption({ label: "David Chen" });
  // The move is confirmed, naming how many clients go to whom; Escape backs out and moves nothing.
  const confirmation = supervisor.getByRole("alertdialog", { name: "Reassign 1 client?" });
  await supervisor.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(confirmation).toContainText("The selected client moves to David Chen");
  await supervisor.keyboard.press("Escape");
  await expect(confirmation).toBeHidden();
  expect((await counsellor.goto(path))?.status()).toBe(200);
  await supervisor.getByRole("button", { name: "Assign", exact: true }).click();
  await submit(supervisor, "Reassign");
  await expect(supervisor.getByText("1 client reassigned.")).toBeVisible();
  expect((await counsellor.goto(path))?.status()).toBe(404);
  const counsellor2 = await signedInPage(browser, "counsellor2");
  await counsellor2.goto(path);
  await expect(counsellor2.getByRole("heading", { level: 1, name })).toBeVisible();
});
