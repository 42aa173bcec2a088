import { crc32 } from "node:zlib";
import { samplePdf, samplePng } from "../lib/documents/testing/samples";
import { expect, signedInPage, test, unique } from "./fixtures";

/** A real PNG of about 2 MB (a large text chunk before the end), so the upload shows progress. */
function largePng(): Buffer {
  const png = Buffer.from(samplePng());
  const data = Buffer.alloc(2 * 1024 * 1024, 0x61);
  const header = Buffer.alloc(4);
  header.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from("tEXtComment\0", "latin1"), data.subarray(8)]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  const chunk = Buffer.concat([header, body, crc]);
  return Buffer.concat([png.subarray(0, png.length - 12), chunk, png.subarray(png.length - 12)]);
}

test("a client uploads from the portal, the counsellor accepts one file and rejects the other, the client sees why", async ({ browser }) => {
  test.slow(); // four people sign in one after another
  const payslip = `${unique("payslip")}.png`;
  const statement = `${unique("工资流水")}.pdf`;
  const reason = unique("The statement is cut off, please send all pages");

  const client = await signedInPage(browser, "client");
  await client.goto("/portal");
  await client.getByRole("link", { name: "Documents and requests" }).click();
  await client.getByLabel("Type of document").selectOption({ label: "Proof of income" });
  await client.getByLabel("Choose files").setInputFiles([
    { name: payslip, mimeType: "image/png", buffer: largePng() },
    { name: statement, mimeType: "application/pdf", buffer: Buffer.from(samplePdf()) },
  ]);
  const progress = client.getByRole("progressbar", { name: `Upload progress of ${payslip}` });
  await expect(progress).toBeVisible();
  await expect(progress).toHaveAttribute("value", "100");
  const uploads = client.getByRole("list", { name: "Uploads" });
  await expect(uploads.getByRole("listitem").filter({ hasText: payslip })).toContainText("Uploaded");
  await expect(uploads.getByRole("listitem").filter({ hasText: statement })).toContainText("Uploaded");
  const payslipRow = client.getByRole("row", { name: new RegExp(payslip) });
  await expect(payslipRow).toContainText("Waiting for review");
  const documentUrl = await client.getByRole("link", { name: `Download — ${payslip}` }).getAttribute("href");
  expect(documentUrl).toMatch(/^\/api\/documents\/[0-9a-f-]{36}$/);

  // A renamed executable is refused with a message the client can act on.
  await client.getByLabel("Choose files").setInputFiles([{ name: "payslip.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ\x90\x00this is not a pdf") }]);
  await expect(uploads.getByRole("listitem").filter({ hasText: "payslip.pdf" })).toContainText("This type of file is not accepted");

  const counsellor = await signedInPage(browser, "counsellor");
  await counsellor.goto(`/clients?q=${encodeURIComponent("张伟")}`);
  await counsellor.getByRole("link", { name: "张伟" }).first().click();
  await counsellor.getByRole("link", { name: "Documents" }).click();
  await counsellor.getByRole("button", { name: `Accept — ${payslip}` }).click();
  await expect(counsellor.getByRole("row", { name: new RegExp(payslip) })).toContainText("Accepted");
  await counsellor.getByRole("button", { name: `Reject — ${statement}` }).click();
  const dialog = counsellor.getByRole("dialog");
  await dialog.getByRole("button", { name: "Reject", exact: true }).click();
  await expect(dialog.getByText("Please give a reason the client can understand.")).toBeVisible();
  await dialog.getByLabel("Reason the client will see").fill(reason);
  await dialog.getByRole("button", { name: "Reject", exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(counsellor.getByRole("row", { name: new RegExp(statement) })).toContainText("Rejected");

  await client.reload();
  await expect(client.getByRole("row", { name: new RegExp(payslip) })).toContainText("Accepted");
  const rejected = client.getByRole("row", { name: new RegExp(statement) });
  await expect(rejected).toContainText("Rejected");
  await expect(rejected).toContainText(`Reason: ${reason}`);

  // The document itself: an attachment for those who may see it, a bare 404 for anyone else.
  const own = await client.request.get(documentUrl!);
  expect(own.status()).toBe(200);
  expect(own.headers()["content-disposition"]).toContain(`filename*=UTF-8''${encodeURIComponent(payslip)}`);
  expect(own.headers()["x-content-type-options"]).toBe("nosniff");
  for (const outsider of ["client2", "otherCounsellor"] as const) {
    const page = await signedInPage(browser, outsider);
    const response = await page.request.get(documentUrl!);
    expect(response.status()).toBe(404);
    expect((await response.body()).includes(Buffer.from("IHDR"))).toBe(false);
    const visit = await page.goto(documentUrl!);
    expect(visit?.status()).toBe(404);
  }
});

test("a file the client sent without naming the request is accepted as its answer, and the request is received", async ({ browser }) => {
  test.slow();
  const title = unique("Rent receipts");
  const fileName = `${unique("receipt")}.png`;
  const counsellor = await signedInPage(browser, "counsellor");
  await counsellor.goto(`/clients?q=${encodeURIComponent("张伟")}`);
  await counsellor.getByRole("link", { name: "张伟" }).first().click();
  await counsellor.getByRole("link", { name: "Documents" }).click();
  await expect(counsellor).toHaveURL(/\/clients\/[0-9a-f-]{36}\/documents$/);
  const documentsUrl = counsellor.url();
  await counsellor.getByLabel("What is needed").fill(title);
  await counsellor.getByRole("button", { name: "Send request" }).click();
  await expect(counsellor.getByText("Request sent to the client.")).toBeVisible();

  const client = await signedInPage(browser, "client");
  await client.goto("/portal/documents");
  await expect(client.getByText(title).first()).toBeVisible();
  await client.getByLabel("Type of document").selectOption({ label: "Proof of income" });
  await client.getByLabel("Choose files").setInputFiles([{ name: fileName, mimeType: "image/png", buffer: Buffer.from(samplePng()) }]);
  await expect(client.getByRole("list", { name: "Uploads" }).getByRole("listitem").filter({ hasText: fileName })).toContainText("Uploaded");

  await counsellor.goto(documentsUrl);
  await counsellor.getByLabel(`Answers request — ${fileName}`).selectOption({ label: title });
  await counsellor.getByRole("button", { name: `Accept — ${fileName}` }).click();
  const row = counsellor.getByRole("row", { name: new RegExp(fileName) });
  await expect(row).toContainText("Accepted");
  await expect(row).toContainText(title);
  // No longer owed: the portal stops asking for it.
  await client.reload();
  await expect(client.getByRole("row", { name: new RegExp(fileName) })).toContainText("Accepted");
  await expect(client.getByText(title, { exact: true })).toHaveCount(0);
});

test("a counsellor withdraws a document with a long reason: the field stops at what the server keeps, and it is saved", async ({ browser }) => {
  test.slow();
  const name = `${unique("wrong client")}.png`;
  const counsellor = await signedInPage(browser, "counsellor");
  await counsellor.goto(`/clients?q=${encodeURIComponent("张伟")}`);
  await counsellor.getByRole("link", { name: "张伟" }).first().click();
  await counsellor.getByRole("link", { name: "Documents" }).click();
  const upload = counsellor.getByRole("region", { name: "Upload documents" });
  await upload.getByLabel("Type of document").selectOption({ label: "Proof of income" });
  await upload.getByLabel("Choose files").setInputFiles([{ name, mimeType: "image/png", buffer: Buffer.from(samplePng()) }]);
  await counsellor.getByRole("button", { name: `Withdraw — ${name}` }).click();
  const dialog = counsellor.getByRole("dialog");
  const reason = dialog.getByLabel("Reason for withdrawing");
  // 600 characters typed; the withdrawal keeps 500, so the field takes no more (it used to take
  // 1,000, and the refusal that followed emptied it).
  const long = "这份文件属于另一位客户，误传到此案件。".repeat(30);
  await reason.fill(long.slice(0, 600));
  await expect(reason).toHaveValue(long.slice(0, 500));
  await dialog.getByRole("button", { name: "Withdraw", exact: true }).click();
  await expect(dialog).toBeHidden();
  // Said, although the withdrawn document's buttons (and their dialog) leave the page with the refresh.
  await expect(counsellor.getByText(`${name} withdrawn.`)).toBeVisible();
  await expect(counsellor.getByRole("row", { name: new RegExp(name) })).toContainText(`Withdrawn: ${long.slice(0, 500)}`);
});

test("another client's session cannot reach the staff documents page", async ({ browser }) => {
  test.slow();
  const counsellor = await signedInPage(browser, "counsellor");
  await counsellor.goto(`/clients?q=${encodeURIComponent("张伟")}`);
  await counsellor.getByRole("link", { name: "张伟" }).first().click();
  await counsellor.getByRole("link", { name: "Documents" }).click();
  await expect(counsellor.getByRole("heading", { name: "Upload documents" })).toBeVisible();
  const path = new URL(counsellor.url()).pathname;
  for (const outsider of ["client", "otherCounsellor"] as const) {
    const page = await signedInPage(browser, outsider);
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByText("张伟")).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Upload documents" })).toHaveCount(0);
  }
  const client2 = await signedInPage(browser, "client2");
  await client2.goto("/portal/documents");
  await expect(client2.getByRole("heading", { name: "My documents", level: 1 })).toBeVisible();
  // The portal page is the client's own; the checklist page is an admin's.
  await counsellor.goto("/portal/documents");
  await expect(counsellor.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await counsellor.goto("/admin/evidence");
  await expect(counsellor.getByRole("heading", { name: "Page not found" })).toBeVisible();
  const admin = await signedInPage(browser, "admin");
  await admin.goto("/admin/evidence");
  await admin.getByRole("button", { name: "Save — Penalty waiver" }).click();
  await expect(admin.getByText('Checklist for "Penalty waiver" saved.').first()).toBeVisible();
});
