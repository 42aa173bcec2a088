import { people, sessionOf, test, type Person } from "./fixtures";

// Runs before the specs (the "sessions" project in playwright.config.ts): each demo person signs in
// through the form once, and the specs share the stored sessions (sessionOf in e2e/fixtures.ts).
test.describe.configure({ mode: "parallel" });

for (const who of Object.keys(people) as Person[]) {
  test(`${who} signs in through the form`, async ({ browser }) => {
    test.setTimeout(180_000); // a code step may have to wait for the next 30-second window
    await sessionOf(browser, who);
  });
}
