import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, test as base, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { DEMO_TOTP_SECRET } from "@/db/demo-two-factor";
import { codeForStep, currentStep } from "@/lib/auth/totp";

export const test = base;

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
 * a spec may sign in as an account whose code for this step is spent. The server accepts one step
 * either side of now, each only after the last one used: trying the previous, current and next
 * step's codes in turn lets three sign-ins share one 30-second window; after that the next step is
 * awaited. A refused code shows its message at once, so only a redirect is waited for at length.
 */
export async function passSecondFactor(page: Page, secret: string, { keyboard = false } = {}): Promise<void> {
  const field = page.getByLabel("Authentication code");
  const refused = page.getByText("That code is not right, or it has already been used.");
  for (let attempt = 0; attempt < 6; attempt++) {
    const step = currentStep();
    for (const candidate of [step - 1, step, step + 1]) {
      // A fresh form, so a refusal seen below is this code's and not the previous one's.
      if (await refused.isVisible()) await page.reload();
      if (keyboard && attempt === 0 && candidate === step - 1) {
        await expect(field).toBeFocused();
        await page.keyboard.type(codeForStep(secret, candidate));
        await page.keyboard.press("Enter");
      } else {
        await field.fill(codeForStep(secret, candidate));
        await submit(page, "Verify");
      }
      const outcome = await Promise.race([
        page.waitForURL((url) => !url.pathname.startsWith("/two-factor"), { timeout: 15_000 }).then(() => "passed", () => "timeout"),
        refused.waitFor({ timeout: 15_000 }).then(() => "refused", () => "timeout"),
      ]);
      if (outcome === "passed") return;
    }
    await page.waitForTimeout(Math.max(0, (step + 1) * 30_000 - Date.now()) + 500);
  }
  throw new Error("the second factor was not accepted");
}

async function preferEnglish(page: Page): Promise<void> {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseUrl() }]);
}

type Credentials = { email: string; password: string; totpSecret?: string };

/**
 * Signs in through the real form (and the code step for enrolled accounts) and waits for the home
 * page. Sign-in applies the language stored on the account; the page is then switched back to
 * English so specs can match English text. For specs about signing in, and for accounts a spec made.
 */
export async function signInThroughForm(page: Page, who: Person | Credentials): Promise<void> {
  const person: Credentials = typeof who === "string" ? people[who] : who;
  await preferEnglish(page);
  await page.goto("/login");
  await page.getByLabel("E-mail address").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/login/);
  const secret = person.totpSecret ?? demoSecretFor(person.email);
  if (secret && new URL(page.url()).pathname === "/two-factor") {
    await preferEnglish(page);
    await page.reload();
    await passSecondFactor(page, secret);
  }
  await preferEnglish(page);
  await page.reload();
}

type SessionState = Awaited<ReturnType<BrowserContext["storageState"]>>;
const sessions = new Map<Person, SessionState>();
// Sessions idle out after 30 minutes (lib/auth/config.ts); a stored one is renewed well before.
const RENEW_BEFORE_MS = 10 * 60_000;

const fresh = (state: SessionState | undefined): state is SessionState =>
  Boolean(state?.cookies.some((c) => c.name.includes("session-token") && c.expires * 1000 > Date.now() + RENEW_BEFORE_MS));

/** This run's folder of stored sessions (under the output folder, which each run empties). */
function sessionFile(who: Person): string {
  const run = createHash("sha256").update(`${baseUrl()} ${process.env.AUTH_SECRET ?? ""}`).digest("hex").slice(0, 12);
  return path.join(test.info().project.outputDir, `.sessions-${run}`, `${who}.json`);
}

/**
 * The session of a demo person, signed in through the form once per run and shared by every worker:
 * each second-factor code works only once, so signing the demo admin in per test queued the tests
 * behind the 30-second code steps. No spec signs a demo person out or changes their password, which
 * would end this session for everyone (lib/auth/session.ts); such specs make their own accounts.
 */
export async function sessionOf(browser: Browser, who: Person): Promise<SessionState> {
  const file = sessionFile(who);
  if (!fresh(sessions.get(who)) && fs.existsSync(file)) sessions.set(who, JSON.parse(fs.readFileSync(file, "utf8")) as SessionState);
  const known = sessions.get(who);
  if (fresh(known)) return known;
  const context = await browser.newContext();
  await signInThroughForm(await context.newPage(), who);
  const state = await context.storageState();
  await context.close();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(`${file}.${process.pid}`, JSON.stringify(state));
  fs.renameSync(`${file}.${process.pid}`, file);
  sessions.set(who, state);
  return state;
}

/** Gives `page` the demo person's stored session and opens their home page in English. */
export async function signInAs(page: Page, who: Person): Promise<void> {
  const browser = page.context().browser();
  if (!browser) throw new Error("signInAs needs a page from a browser context");
  await page.context().addCookies((await sessionOf(browser, who)).cookies);
  await preferEnglish(page);
  await page.goto("/");
  await expect(page, `${who}'s stored session should be signed in`).not.toHaveURL(/\/(login|two-factor)/);
}

/** A page in a fresh browser context (its own cookies), signed in as `who`. */
export async function signedInPage(browser: Browser, who: Person): Promise<Page> {
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

export { expect };
