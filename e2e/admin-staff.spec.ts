import { expect, people, signInAs, submit, test, unique } from "./fixtures";

test("a new account refused for a taken e-mail keeps everything that was typed", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/admin/staff");
  const form = page.getByRole("region", { name: "New staff account" });
  const name = unique("Duplicate Mail");
  await form.getByLabel("Full name").fill(name);
  await form.getByLabel("E-mail address").fill("counsellor2@demo.accord.test");
  await form.getByLabel("Role").selectOption("counsellor");
  await form.getByLabel("Supervisor").selectOption({ label: "Zhou Min 周敏" });
  await form.getByLabel("Language").selectOption("en");
  await submit(page, "Create account");

  await expect(form.getByLabel("E-mail address")).toHaveAccessibleDescription(/An account with this e-mail address already exists/);
  await expect(form.getByLabel("E-mail address")).toHaveValue("counsellor2@demo.accord.test");
  await expect(form.getByLabel("Full name")).toHaveValue(name);
  await expect(form.getByLabel("Role")).toHaveValue("counsellor");
  await expect(form.getByLabel("Supervisor").locator("option:checked")).toHaveText("Zhou Min 周敏");
  await expect(form.getByLabel("Language")).toHaveValue("en");
  await expect(page.getByRole("row").filter({ hasText: name })).toHaveCount(0);
});

test("a staff row shows the latest result only: a later change replaces the temporary password", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/admin/staff");
  const name = unique("RowFeedback");
  const form = page.getByRole("region", { name: "New staff account" });
  await form.getByLabel("Full name").fill(name);
  await form.getByLabel("E-mail address").fill(`${name.toLowerCase()}@example.com`);
  await form.getByLabel("Role").selectOption("counsellor");
  await submit(page, "Create account");
  await expect(form.getByRole("status")).toContainText("New temporary password");

  const row = page.getByRole("row").filter({ hasText: name });
  const feedback = row.getByRole("status");
  await row.getByRole("button", { name: "Reset password" }).click();
  await submit(page, "Reset password");
  await expect(feedback).toContainText(`New temporary password for ${name}`);

  // Zhou Min's team, not Li Na's: the supervision spec lists hers exactly.
  await row.getByLabel(`Supervisor — ${name}`).selectOption({ label: "Zhou Min 周敏" });
  const answered = page.waitForResponse((r) => r.request().method() === "POST");
  await row.getByRole("button", { name: "Assign supervisor" }).click();
  await answered;
  await expect(feedback).toHaveText(`Supervisor updated for ${name}.`);
  await expect(row).not.toContainText("New temporary password");

  // And the other way round: the newest answer wins whichever action gave it.
  await row.getByRole("button", { name: "Reset password" }).click();
  await submit(page, "Reset password");
  await expect(feedback).toContainText(`New temporary password for ${name}`);
  await expect(row).not.toContainText("Supervisor updated");
});

test("a counsellor whose supervisor was deactivated shows that supervisor as deactivated, not as if nothing changed", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/admin/staff");
  const form = page.getByRole("region", { name: "New staff account" });
  const create = async (name: string, role: string, supervisor?: string) => {
    await form.getByLabel("Full name").fill(name);
    await form.getByLabel("E-mail address").fill(`${name.toLowerCase().replaceAll(" ", ".")}@example.com`);
    await form.getByLabel("Role").selectOption(role);
    if (supervisor) await form.getByLabel("Supervisor").selectOption({ label: supervisor });
    await submit(page, "Create account");
    await expect(form.getByRole("status")).toContainText("New temporary password");
  };
  const leaver = unique("Leaving Supervisor");
  const counsellor = unique("Team Member");
  await create(leaver, "supervisor");
  await create(counsellor, "counsellor", leaver);

  const leaverRow = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: leaver }) });
  await leaverRow.getByRole("button", { name: `Deactivate — ${leaver}` }).click();
  // The admin is told whom the leaver leaves without a supervisor (and reviewer) before confirming.
  await expect(page.getByRole("alertdialog")).toContainText(`1 active counsellor has ${leaver} as supervisor`);
  await submit(page, /^Deactivate$/);
  await expect(page.getByText(`${leaver} has been deactivated.`)).toBeVisible();
  // The focus follows the swapped button instead of falling to the page.
  await expect(leaverRow.getByRole("button", { name: `Reactivate — ${leaver}` })).toBeFocused();

  await page.reload();
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: counsellor }) });
  await expect(row.getByRole("cell").nth(2)).toHaveText(`${leaver} (deactivated)`);
  await expect(row.getByLabel(`Supervisor — ${counsellor}`).locator("option:checked")).toHaveText(`${leaver} (deactivated)`);
  // Tidy: a deactivated counsellor without open cases leaves the team overviews other specs read.
  await row.getByRole("button", { name: "Deactivate" }).click();
  await submit(page, /^Deactivate$/);
  await expect(page.getByText(`${counsellor} has been deactivated.`)).toBeVisible();
});

test("a saved time zone stays chosen, so saving the settings again keeps it", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/admin/settings");
  const zone = page.getByLabel("Time zone");
  // Hong Kong keeps Shanghai's clock, so the specs running meanwhile see the same agency day.
  await expect(zone).toHaveValue("Asia/Shanghai");
  try {
    await zone.selectOption("Asia/Hong_Kong");
    await submit(page, "Save settings");
    await expect(page.getByText("Settings saved.")).toBeVisible();
    await expect(zone).toHaveValue("Asia/Hong_Kong");
    await submit(page, "Save settings");
    await page.reload();
    await expect(zone).toHaveValue("Asia/Hong_Kong");
  } finally {
    await page.goto("/admin/settings");
    await zone.selectOption("Asia/Shanghai");
    await submit(page, "Save settings");
    await expect(page.getByText("Settings saved.")).toBeVisible();
  }
});

test("staff row buttons name their member, and an admin's own row offers no password reset that would lock them out", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/admin/staff");
  const rowOf = (name: string) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
  const counsellor = rowOf(people.counsellor.name);
  for (const label of ["Deactivate", "Reset password", "Assign supervisor"]) {
    await expect(counsellor.getByRole("button", { name: `${label} — ${people.counsellor.name}`, exact: true })).toBeVisible();
  }
  const supervisor = rowOf(people.supervisor.name);
  await expect(supervisor.getByRole("button", { name: `Reset two-step sign-in — ${people.supervisor.name}`, exact: true })).toBeVisible();

  const own = rowOf(people.admin.name);
  await expect(own.getByRole("button", { name: /Reset password/ })).toHaveCount(0);
  await own.getByRole("link", { name: "Change my password" }).click();
  await expect(page).toHaveURL(/\/password$/);
  await expect(page.getByRole("heading", { name: "Change password" })).toBeVisible();
});

test("agency settings saved from a form opened before a colleague's save are refused, and nothing is overwritten", async ({ page }) => {
  await signInAs(page, "admin");
  const colleague = await page.context().newPage();
  await page.goto("/admin/settings");
  const name = page.getByLabel("Agency name");
  const saved = await name.inputValue();
  // The colleague saves meanwhile (the same values, so the specs running alongside see no change).
  await colleague.goto("/admin/settings");
  await submit(colleague, "Save settings");
  await expect(colleague.getByText("Settings saved.")).toBeVisible();

  await name.fill(unique("Renamed Agency"));
  await submit(page, "Save settings");
  await expect(page.getByText("Someone else changed this record while you were editing it.")).toBeVisible();
  await page.reload();
  await expect(name).toHaveValue(saved);
});
