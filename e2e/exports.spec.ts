import type { Page } from "@playwright/test";
import { expect, signedInPage, test } from "./fixtures";

/** Clicks the page's "Export CSV" button and returns the file's name and how often the server was asked for it. */
async function exportFrom(page: Page, route: RegExp): Promise<{ file: string; requests: number }> {
  let requests = 0;
  page.on("request", (request) => {
    if (route.test(new URL(request.url()).pathname)) requests++;
  });
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const file = (await download).suggestedFilename();
  // Give a second (background or repeated) request the time to show up before counting.
  await page.waitForLoadState("networkidle");
  return { file, requests };
}

const exportsByPage = [
  { who: "counsellor", path: "/clients", route: /^\/api\/clients\/export$/, file: /^clients-\d{4}-\d{2}-\d{2}\.csv$/ },
  { who: "supervisor", path: "/supervision/analytics", route: /^\/api\/supervision\/analytics\/export$/, file: /\.csv$/ },
  { who: "admin", path: "/admin/audit", route: /^\/api\/admin\/audit\/export$/, file: /^audit-.*\.csv$/ },
] as const;

for (const { who, path, route, file } of exportsByPage) {
  test(`Export CSV on ${path} downloads the file with one request, and stays on the page`, async ({ browser }) => {
    const page = await signedInPage(browser, who);
    await page.goto(path);
    const result = await exportFrom(page, route);
    expect(result.file).toMatch(file);
    // A client-side navigation first asked the route for a page, ran the export (and its audit
    // entry) and then loaded it again as a file: two exports per click.
    expect(result.requests).toBe(1);
    await expect(page).toHaveURL((url) => url.pathname === path);
    await page.context().close();
  });
}

test("Export CSV after the session has ended leads to the sign-in page, not a bare error", async ({ browser }) => {
  const page = await signedInPage(browser, "counsellor");
  await page.goto("/clients");
  await page.context().clearCookies({ name: /session-token/ });
  await page.getByRole("link", { name: "Export CSV" }).click();
  await expect(page).toHaveURL(/\/login\?next=%2Fclients/);
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  await page.context().close();
});
