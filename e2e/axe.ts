import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Runs axe and returns the serious and critical WCAG 2.1 AA violations as readable lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Legacy mode runs axe in the page itself instead of gathering frame results in an extra blank
  // page: half the time per scan (0.5 s against 1.1 s on the dashboard), the same results on the
  // screens compared. What it skips is the inside of cross-origin frames; the app's only frame is the
  // sandboxed document preview (the user's own file, shown when opened), whose title is still checked.
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact}): ${v.help} — ${node.target.join(" ")}`));
}
