import { DEMO_TOTP_SECRET, DEMO_TWO_FACTOR_EMAILS } from "@/db/demo-two-factor";
import { codeForStep, currentStep } from "@/lib/auth/totp";

/**
 * Prints the current two-factor code of a demo account (`npm run demo:code -- admin@demo.accord.test`).
 * It reads no database (the running server holds the embedded one) — only the public DEMO-ONLY secret.
 */
const email = (process.argv[2] ?? "").trim().toLowerCase();
if (!DEMO_TWO_FACTOR_EMAILS.includes(email as (typeof DEMO_TWO_FACTOR_EMAILS)[number])) {
  console.error(`Usage: npm run demo:code -- <e-mail>\nDemo accounts with two-factor sign-in: ${DEMO_TWO_FACTOR_EMAILS.join(", ")}`);
  process.exit(1);
}
const step = currentStep();
const secondsLeft = 30 - (Math.floor(Date.now() / 1000) % 30);
console.log(`${codeForStep(DEMO_TOTP_SECRET, step)}  (valid for about ${secondsLeft} s more; next: ${codeForStep(DEMO_TOTP_SECRET, step + 1)})`);
