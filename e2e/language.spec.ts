import en from "@/lib/i18n/messages/en.json";
import { expect, test } from "./fixtures";
import { contextFor, openScreen, screens } from "./screens";

// Words of our own English UI that must never show on a Chinese screen. Names of people and
// creditors (Emily Brown, JD Jintiao) are data, not UI, so only whole UI words are checked.
const ENGLISH_UI =
  /\b(Save|Cancel|Delete|Edit|Search|Submit|Previous|Next|Loading|Required|Dashboard|Clients|Debts|Budget|Documents|Negotiations|Plans|Reviews|Timeline|Overview|Status|Balance|Creditor|Upload|Download|Sign out|Sign in|Password|Accept|Reject|Income|Expenditure|Surplus|Monthly|Weekly|Action|Actions|Total)\b/;
// A catalogue key that was not translated renders as its dotted path, e.g. `clients.errors.name`.
const RAW_KEY = new RegExp(`\\b(${Object.keys(en).join("|")})\\.[A-Za-z_]+`);

test.describe("Chinese screens show no English UI and no raw message keys", () => {
  for (const screen of screens) {
    test(screen.name, async ({ browser }) => {
      const context = await contextFor(browser, screen.as, "zh-CN");
      const page = await openScreen(context, screen);
      await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
      // Table cells hold data (names, creditors' own policy notes), not interface text; so does anything
      // marked translate="no" (people's names in lists). Other specs name their clients "… Debts-…".
      await page.evaluate(() => document.querySelectorAll('td, [translate="no"]').forEach((cell) => ((cell as HTMLElement).style.display = "none")));
      const text = await page.locator("body").innerText();
      const lines = text.split("\n").filter((line) => ENGLISH_UI.test(line) || RAW_KEY.test(line));
      expect(lines, "English or untranslated text on a zh-CN screen").toEqual([]);
      await context.close();
    });
  }
});
