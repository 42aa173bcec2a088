import { samplePdf, samplePng } from "../lib/documents/testing/samples";
import { expect, signedInPage, test, unique } from "./fixtures";

test("a counsellor previews a client's PDF and picture in the page", async ({ browser }) => {
  const pdf = `${unique("bank-statement")}.pdf`;
  const png = `${unique("payslip")}.png`;
  const client = await signedInPage(browser, "client");
  await client.goto("/portal");
  await client.getByRole("link", { name: "Documents and requests" }).click();
  await client.getByLabel("Type of document").selectOption({ label: "Proof of income" });
  await client.getByLabel("Choose files").setInputFiles([
    { name: pdf, mimeType: "application/pdf", buffer: Buffer.from(samplePdf()) },
    { name: png, mimeType: "image/png", buffer: Buffer.from(samplePng()) },
  ]);
  const uploads = client.getByRole("list", { name: "Uploads" });
  await expect(uploads.getByRole("listitem").filter({ hasText: pdf })).toContainText("Uploaded");
  await expect(uploads.getByRole("listitem").filter({ hasText: png })).toContainText("Uploaded");

  const counsellor = await signedInPage(browser, "counsellor");
  await counsellor.goto(`/clients?q=${encodeURIComponent("张伟")}`);
  await counsellor.getByRole("link", { name: "张伟" }).first().click();
  await counsellor.getByRole("link", { name: "Documents" }).click();

  await counsellor.getByRole("button", { name: `Preview — ${pdf}` }).click();
  await expect(counsellor.locator(`iframe[title="Preview of ${pdf}"]`)).toBeVisible();
  // The browser opens the document from the authorised route; a frame it refuses to show (as
  // Chromium did with a sandboxed frame) becomes an error page instead of the document.
  await expect.poll(() => counsellor.frames().some((f) => /\/api\/documents\/[0-9a-f-]{36}\?inline=1$/.test(f.url()))).toBe(true);
  await counsellor.waitForTimeout(500);
  expect(counsellor.frames().map((f) => f.url()).filter((url) => url.startsWith("chrome-error:"))).toEqual([]);

  await counsellor.getByRole("button", { name: `Preview — ${png}` }).click();
  const picture = counsellor.getByRole("img", { name: `Preview of ${png}` });
  await expect(picture).toBeVisible();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
});
