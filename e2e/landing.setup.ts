import { expect, signInThroughForm, test } from "./fixtures";

// Runs in the "sessions" project, before any spec adds clients: the demo agency's counts are still
// the seeded ones here (in auth.spec.ts this depended on running before the other specs).
test.describe.configure({ mode: "parallel" });

for (const who of ["counsellor", "supervisor", "admin"] as const) {
  test(`${who} lands on the dashboard with counts of their cases`, async ({ page }) => {
    test.setTimeout(180_000); // a code step may have to wait for the next 30-second window
    await signInThroughForm(page, who);
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    const expectedOpen = { counsellor: "4", supervisor: "6", admin: "8" }[who];
    await expect(page.getByTestId("count-open")).toHaveText(expectedOpen);
  });
}
