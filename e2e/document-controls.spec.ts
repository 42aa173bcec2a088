import { expect, signedInPage, test, unique } from "./fixtures";

test("Retry and Withdraw request are named after the file and the request they act on", async ({ browser }) => {
  test.slow();
  const counsellor = await signedInPage(browser, "counsellor");
  await counsellor.goto(`/clients?q=${encodeURIComponent("张伟")}`);
  await counsellor.getByRole("link", { name: "张伟" }).first().click();
  await counsellor.getByRole("link", { name: "Documents" }).click();

  // A refused file offers a retry that says which file it retries.
  const bad = `${unique("renamed")}.pdf`;
  const upload = counsellor.getByRole("region", { name: "Upload documents" });
  await upload.getByLabel("Choose files").setInputFiles([{ name: bad, mimeType: "application/pdf", buffer: Buffer.from("MZ\x90\x00this is not a pdf") }]);
  const row = counsellor.getByRole("list", { name: "Uploads" }).getByRole("listitem").filter({ hasText: bad });
  await expect(row.getByRole("status")).toHaveText(/This type of file is not accepted/);
  await expect(row.getByRole("button", { name: `Try again to upload ${bad}` })).toBeVisible();
  await expect(counsellor.getByRole("button", { name: "Try again", exact: true })).toHaveCount(0);

  // Two open requests: each Withdraw button names its own, and withdraws only that one.
  const keep = unique("Payslips for March");
  const drop = unique("Bank statement 工资流水");
  for (const title of [keep, drop]) {
    await counsellor.getByLabel("What is needed").fill(title);
    await counsellor.getByRole("button", { name: "Send request" }).click();
    await expect(counsellor.getByRole("button", { name: `Withdraw request — ${title}` })).toBeVisible();
  }
  await expect(counsellor.getByRole("button", { name: "Withdraw request", exact: true })).toHaveCount(0);
  await counsellor.getByRole("button", { name: `Withdraw request — ${drop}` }).click();
  const dialog = counsellor.getByRole("alertdialog");
  await expect(dialog).toContainText(drop);
  await dialog.getByRole("button", { name: "Withdraw request", exact: true }).click();
  // Said, although the button that asked leaves the page with the refresh.
  await expect(counsellor.getByText("Request withdrawn.")).toBeVisible();
  await expect(counsellor.getByRole("button", { name: `Withdraw request — ${drop}` })).toHaveCount(0);
  await expect(counsellor.getByRole("button", { name: `Withdraw request — ${keep}` })).toBeVisible();
});
