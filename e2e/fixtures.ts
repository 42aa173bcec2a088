import { expect, test as base, type Browser, type Page } from "@playwright/test";
import { DEMO_TOTP_SECRET } from "@/db/demo-two-factor";
import { codeForStep, currentStep } from "@/lib/auth/totp";

/** The demo agency seeded for every e2e run (db/seed.ts). */
export const people = {
  admin: { email: "admin@demo.accord.test", password: "demo-admin-passphrase", name: "Admin Zhao 赵管理" },
  supervisor: { email: "supervisor@demo.accord.test", password: "demo-supervisor-passphrase", name: "Li Na 李娜" },
  counsellor: { email: "counsellor@demo.accord.test", password: "demo-counsellor-passphrase", name: "Wang Fang 王芳" },
  counsellor2: { email: "counsellor2@demo.accord.test", password: "demo-counsellor-passphrase", name: "David Chen" },
  otherSupervisor: { email: "supervisor2@demo.accord.test", password: "demo-supervisor-passphrase", name: "Zhou Min 周敏" },
  otherCounsellor: { email: "counsellor3@demo.accord.test", password: "demo-counsellor-passphrase", name: "Sarah Lin" },
  client: { email: "client@demo.accord.test", password: "demo-client-passphrase", name: "Zhang Wei 张伟" },
  client2: { email: "client2@demo.accord.test", password: "demo-client-passphrase", name: "Emily Brown" },
} as const;

export type Person = keyof typeof people;

/** The demo admin and supervisors are seeded enrolled in two-factor sign-in with the DEMO-ONLY secret. */
const demoSecretFor = (email: string): string | undefined =>
  [people.admin.email, people.supervisor.email, people.otherSupervisor.email].includes(email as never) ? DEMO_TOTP_SECRET : undefined;

/**
 * Answers the /two-factor step with codes made from `secret`. Each code works once per account, and
 * parallel workers sign in as the same demo admin. The server accepts one step either side of now,
 * each only after the last one used: trying the previous, current and next step's codes in turn lets
 * three sign-ins share one 30-second window; after that the next step is awaited.
 */
export async function passSecondFactor(page: Page, secret: string, { keyboard = false } = {}): Promise<void> {
  const field = page.getByLabel("Authentication code");
  for (let attempt = 0; attempt < 6; attempt++) {
    const step = currentStep();
    for (const candidate of [step - 1, step, step + 1]) {
      if (keyboard && attempt === 0 && candidate === step - 1) {
        await expect(field).toBeFocused();
        await page.keyboard.type(codeForStep(secret, candidate));
        await page.keyboard.press("Enter");
      } else {
        await field.fill(codeForStep(secret, candidate));
        await submit(page, "Verify");
      }
      const passed = await page
        .waitForURL((url) => !url.pathname.startsWith("/two-factor"), { timeout: 8_000 })
        .then(() => true)
        .catch(() => false);
      if (passed) return;
    }
    await page.waitForTimeout(Math.max(0, (step + 1) * 30_000 - Date.now()) + 500);
  }
  throw new Error("the second factor was not accepted");
}

async function preferEnglish(page: Page): Promise<void> {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseUrl() }]);
}

/**
 * Signs in through the real form and waits for the role's home page. Sign-in applies the language
 * stored on the account; the page is then switched back to English so specs can match English text.
 */
export async function signInAs(page: Page, who: Person | { email: string; password: string; totpSecret?: string }): Promise<void> {
  const person = typeof who === "string" ? people[who] : who;
  await preferEnglish(page);
  await page.goto("/login");
  await page.getByLabel("E-mail address").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/login/);
  const secret = ("totpSecret" in person ? person.totpSecret : undefined) ?? demoSecretFor(person.email);
  if (secret && new URL(page.url()).pathname === "/two-factor") {
    await preferEnglish(page);
    await page.reload();
    await passSecondFactor(page, secret);
  }
  await preferEnglish(page);
  await page.reload();
}

/** A page in a fresh browser context (its own cookies), signed in as `who`. */
export async function signedInPage(browser: Browser, who: Parameters<typeof signInAs>[1]): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, who);
  return page;
}

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error("E2E_BASE_URL is not set: run the e2e suite through `npm run test:e2e`.");
  return url;
}

/** Clicks a submit button and waits for the server action's answer (a visible message may be stale). */
export async function submit(page: Page, name: string | RegExp): Promise<void> {
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && r.url().startsWith(baseUrl()));
  await page.getByRole("button", { name }).click();
  await answered;
}

/** A unique suffix so specs never collide on names or e-mail addresses. */
export function unique(label: string): string {
  return `${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

export const test = base;
export { expect };
