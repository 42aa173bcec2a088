/**
 * DEMO ONLY. The authenticator secret the demo seed gives the admin and both supervisors, so a local
 * demo and the browser tests can produce codes (`npm run demo:code -- <email>`). It is public: a real
 * agency enrols its own staff, each with a fresh secret, and never runs the demo seed.
 */
export const DEMO_TOTP_SECRET = "DEMOONLYACCORDDEMOONLYACCORD2345";

/** The demo accounts seeded already enrolled with DEMO_TOTP_SECRET. */
export const DEMO_TWO_FACTOR_EMAILS = [
  "admin@demo.accord.test",
  "supervisor@demo.accord.test",
  "supervisor2@demo.accord.test",
] as const;
