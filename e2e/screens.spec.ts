import type { Page } from "@playwright/test";
import en from "@/lib/i18n/messages/en.json";
import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { languages, screenPage, screens, type Screen } from "./screens";

// Every screen is opened once per language and checked at that visit: its language, WCAG 2.1 AA and
// no English (on the Chinese screen), and a picture for people to judge the look (not compared;
// e2e/screenshots/ is git-ignored). The screens do not depend on each other, so both workers share them.
test.describe.configure({ mode: "parallel" });

const dir = "e2e/screenshots";
const phone = { width: 360, height: 740 };

// Words of our own English UI that must never show on a Chinese screen. Names of people and
// creditors (Emily Brown, JD Jintiao) are data, not UI, so only whole UI words are checked.
const ENGLISH_UI =
  /\b(Save|Cancel|Delete|Edit|Search|Submit|Previous|Next|Loading|Required|Dashboard|Clients|Debts|Budget|Documents|Negotiations|Plans|Reviews|Timeline|Overview|Status|Balance|Creditor|Upload|Download|Sign out|Sign in|Password|Accept|Reject|Income|Expenditure|Surplus|Monthly|Weekly|Action|Actions|Total)\b/;
// A catalogue key that was not translated renders as its dotted path, e.g. `clients.errors.name`.
const RAW_KEY = new RegExp(`\\b(${Object.keys(en).join("|")})\\.[A-Za-z_]+`);

/** Lines of interface text that are English or raw catalogue keys. Hides data cells, so run it last. */
async function untranslatedLines(page: Page): Promise<string[]> {
  // Table cells hold data (names, creditors' own policy notes), not interface text; so does anything
  // marked translate="no" (people's names in lists). Other specs name their clients "… Debts-…".
  await page.evaluate(() => document.querySelectorAll('td, [translate="no"]').forEach((cell) => ((cell as HTMLElement).style.display = "none")));
  const text = await page.locator("body").innerText();
  return text.split("\n").filter((line) => ENGLISH_UI.test(line) || RAW_KEY.test(line));
}

test.describe("every screen in both languages", () => {
  for (const screen of screens) {
    for (const language of languages) {
      test(`${screen.name} in ${language}`, async ({ browser }) => {
        const page = await screenPage(browser, screen, language);
        await expect(page.locator("html")).toHaveAttribute("lang", language);
        // Roles, names, structure and colours are the same markup in both languages (the catalogues
        // are checked for matching keys and no empty Chinese string), so WCAG is scanned once, on the
        // Chinese screen: a scan takes 3–4 s on a slow two-core machine, a quarter of the suite's time.
        if (language === "zh-CN") expect.soft(await seriousViolations(page), "serious or critical WCAG 2.1 AA violations").toEqual([]);
        await page.screenshot({ path: `${dir}/desktop-${screen.name}-${language}.png`, fullPage: true });
        if (language === "zh-CN") expect.soft(await untranslatedLines(page), "English or untranslated text on a zh-CN screen").toEqual([]);
        await page.close();
      });
    }
  }
});

// The screens a client or a signed-out person sees are designed for phones first.
const phoneScreens: Screen[] = [
  ...screens.filter((s) => s.as === null || s.as === "client"),
  { name: "dashboard-counsellor", path: "/dashboard", as: "counsellor" },
];

test.describe("at 360 px", () => {
  for (const language of languages) {
    for (const screen of phoneScreens) {
      test(`${screen.name} ${language}`, async ({ browser }) => {
        const page = await screenPage(browser, screen, language, phone);
        // Usable at 360 px means nothing forces the page to scroll sideways.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `${dir}/phone-${screen.name}-${language}.png`, fullPage: true });
        await page.close();
      });
    }
  }
});
