import { baseUrl, expect, signInAs, test } from "./fixtures";

test("a creditor's edit page is titled with the name in the reader's language", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/admin/creditors");
  await page.getByRole("link", { name: "Edit Weilidai (WeBank)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edit Weilidai (WeBank) · 微粒贷（微众银行）");

  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: baseUrl() }]);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("编辑：微粒贷（微众银行） · Weilidai (WeBank)");
});
