import { expect, test } from "./fixtures";
import { contextFor, languages, openScreen, screens, type Screen } from "./screens";

// Pictures for people to judge the look; they are not compared (e2e/screenshots/ is git-ignored).
const dir = "e2e/screenshots";
const phone = { width: 360, height: 740 };

// The screens a client or a signed-out person sees are designed for phones first.
const phoneScreens: Screen[] = [
  ...screens.filter((s) => s.as === null || s.as === "client"),
  { name: "dashboard-counsellor", path: "/dashboard", as: "counsellor" },
];

test.describe("screenshots", () => {
  for (const language of languages) {
    for (const screen of screens) {
      test(`desktop ${screen.name} ${language}`, async ({ browser }) => {
        const context = await contextFor(browser, screen.as, language);
        const page = await openScreen(context, screen);
        await page.screenshot({ path: `${dir}/desktop-${screen.name}-${language}.png`, fullPage: true });
        await context.close();
      });
    }

    for (const screen of phoneScreens) {
      test(`360px ${screen.name} ${language}`, async ({ browser }) => {
        const context = await contextFor(browser, screen.as, language, phone);
        const page = await openScreen(context, screen);
        // Usable at 360 px means nothing forces the page to scroll sideways.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `${dir}/phone-${screen.name}-${language}.png`, fullPage: true });
        await context.close();
      });
    }
  }
});
