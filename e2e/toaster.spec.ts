import { baseUrl, expect, signInAs, test, unique } from "./fixtures";
import { intakeClient } from "./cases";

test("a counsellor reading in Chinese hears the notifications and their close button in Chinese", async ({ page }) => {
  await signInAs(page, "counsellor");
  const client = await intakeClient(page, unique("Toaster 吐司"));
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: baseUrl() }]);
  await page.goto(`${client}/documents`);
  await page.getByLabel("需要的材料").fill(unique("近三个月工资流水"));
  await page.getByRole("button", { name: "发送要求" }).click();

  const notifications = page.getByRole("region", { name: /^通知/ });
  await expect(notifications).toContainText("已向客户发送补充要求。");
  const close = notifications.getByRole("button", { name: "关闭通知" });
  await expect(close).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Close toast" })).toHaveCount(0);
  await close.click();
  await expect(notifications).not.toContainText("已向客户发送补充要求。");
});
