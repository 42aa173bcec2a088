import { samplePdf } from "../lib/documents/testing/samples";
import { baseUrl, expect, signedInPage, test, unique } from "./fixtures";

test("a client asked for medical evidence without consent on file agrees beside the upload, and the upload answers the request", async ({ browser }) => {
  test.slow(); // two people, two languages
  const title = unique("Hospital discharge letter");
  const file = `${unique("出院小结")}.pdf`;

  const counsellor = await signedInPage(browser, "counsellor");
  await counsellor.goto(`/clients?q=${encodeURIComponent("张伟")}`);
  await counsellor.getByRole("link", { name: "张伟" }).first().click();
  await expect(counsellor).toHaveURL(/\/clients\/[0-9a-f-]{36}$/);
  const overview = counsellor.url();
  const consents = counsellor.getByRole("region", { name: "Consent" });
  // 张伟 is seeded without this consent; a retry of this spec finds the one it gave, withdrawn here first.
  const given = consents.getByRole("listitem").filter({ hasText: "Keeping sensitive data" }).getByRole("button", { name: "Withdraw consent" });
  if (await given.count()) {
    await given.click();
    await counsellor.getByRole("alertdialog").getByRole("button", { name: "Withdraw consent" }).click();
    await expect(given).toHaveCount(0);
  }
  await counsellor.getByRole("link", { name: "Documents" }).click();
  const requests = counsellor.getByRole("region", { name: "Document requests" });
  await requests.getByLabel("What is needed").fill(title);
  await requests.getByLabel("Type of document").selectOption({ label: "Hardship evidence: medical" });
  await requests.getByRole("button", { name: "Send request" }).click();
  await expect(requests.getByRole("button", { name: `Withdraw request — ${title}` })).toBeVisible();

  const client = await signedInPage(browser, "client");
  await client.goto("/portal/documents");
  const asked = client.getByRole("region", { name: "What your counsellor has asked for" });
  await asked.getByRole("link", { name: `Upload for this request — ${title}` }).click();
  const upload = client.getByRole("region", { name: "Upload documents" });
  await expect(upload.getByLabel("Type of document")).toHaveValue("hardship_medical");
  await expect(upload.getByRole("group", { name: "Your consent to keeping sensitive information" })).toContainText("I agree that the agency may keep information about my health");
  const agree = upload.getByRole("checkbox", { name: "I have read this and I agree." });
  await expect(agree).not.toBeChecked();

  // Not ticked: the server refuses the file and keeps nothing; the request is still open.
  await upload.getByLabel("Choose files").setInputFiles([{ name: file, mimeType: "application/pdf", buffer: Buffer.from(samplePdf()) }]);
  const row = upload.getByRole("list", { name: "Uploads" }).getByRole("listitem").filter({ hasText: file });
  await expect(row.getByRole("status")).toHaveText("Medical and hardship documents can only be kept with your consent. Tick the box to agree, then try again.");
  await expect(client.getByRole("row", { name: new RegExp(file) })).toHaveCount(0);
  await expect(asked).toContainText(title);

  // Ticked from the keyboard, the same file again: kept, the request answered, the box gone.
  await agree.focus();
  await client.keyboard.press("Space");
  await expect(agree).toBeChecked();
  await row.getByRole("button", { name: `Try again to upload ${file}` }).click();
  await expect(row.getByRole("status")).toHaveText("Uploaded");
  await expect(client.getByRole("row", { name: new RegExp(file) })).toContainText("Waiting for review");
  await expect(asked).not.toContainText(title);
  await expect(agree).toHaveCount(0);

  await counsellor.reload();
  await expect(requests.getByRole("listitem").filter({ hasText: title })).toContainText("Received");
  await counsellor.goto(overview);
  const portalConsent = consents.getByRole("listitem").filter({ hasText: "Keeping sensitive data" }).filter({ hasText: "In force" });
  await expect(portalConsent).toContainText("(portal checkbox), recorded by Zhang Wei 张伟");
  await counsellor.context().addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: baseUrl() }]);
  await counsellor.reload();
  await expect(counsellor.getByRole("region", { name: "知情同意" }).getByRole("listitem").filter({ hasText: "保存敏感信息" }).filter({ hasText: "有效" })).toContainText("以客户门户勾选方式同意，由 Zhang Wei 张伟 登记");
});
