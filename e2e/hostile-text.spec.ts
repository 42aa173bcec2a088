import fs from "node:fs";
import { expect, signInAs, test, unique } from "./fixtures";
import { intakeClient } from "./cases";

// A client record is typed by staff and shown to several people: markup in it must stay text,
// a formula must not run when the CSV opens in a spreadsheet, and a right-to-left override must
// not reorder an exported cell.
test("hostile text in a client's name is shown as text and exported inert", async ({ page }) => {
  await signInAs(page, "counsellor");
  const tag = unique("hostile");
  const name = `=1+1 <img src=x onerror=window.__pwned=1><script>window.__pwned=2</script>\u202ecba ${tag}`;
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  await intakeClient(page, name, { phone: "+86 139 0000 4321" });

  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toContainText("<script>window.__pwned=2</script>");
  await expect(heading).toContainText("<img src=x onerror=window.__pwned=1>");
  expect(await page.locator('main img[src="x"], main script:has-text("__pwned")').count()).toBe(0);

  await page.goto(`/clients?q=${encodeURIComponent(tag)}`);
  await expect(page.getByRole("link", { name: new RegExp(tag) })).toContainText("<script>");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const text = fs.readFileSync(await (await download).path(), "utf8");
  const line = text.split(/\r?\n/).find((row) => row.includes(tag));
  expect(line).toBeDefined();
  expect(line).toContain("'=1+1 <img");
  expect(line).not.toContain("\u202e");
});
