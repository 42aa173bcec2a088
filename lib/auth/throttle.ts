import "server-only";
import { RateLimiterDrizzle, RateLimiterMemory, type RateLimiterAbstract } from "rate-limiter-flexible";
import { db, dbDriver } from "@/db/client";
import { rateLimits } from "@/db/schema";

// Five wrong passwords for one account within 15 minutes lock it for the rest of the window.
export const ACCOUNT_FAILURES = 5;
const IP_FAILURES = 50;
const WINDOW_SECONDS = 15 * 60;

type Limiters = { account: RateLimiterAbstract; ip: RateLimiterAbstract; secondFactor: RateLimiterAbstract };
const holder = globalThis as typeof globalThis & { __accordLimiters?: Limiters };

function make(keyPrefix: string, points: number): RateLimiterAbstract {
  // PGlite is one process anyway; several app servers on Postgres must share their counters.
  if (dbDriver() === "pglite") return new RateLimiterMemory({ keyPrefix, points, duration: WINDOW_SECONDS });
  return new RateLimiterDrizzle({
    storeClient: db(),
    schema: rateLimits,
    keyPrefix,
    points,
    duration: WINDOW_SECONDS,
  });
}

function limiters(): Limiters {
  holder.__accordLimiters ??= {
    account: make("signin_account", ACCOUNT_FAILURES),
    ip: make("signin_ip", IP_FAILURES),
    secondFactor: make("second_factor", ACCOUNT_FAILURES),
  };
  return holder.__accordLimiters;
}

async function used(limiter: RateLimiterAbstract, key: string): Promise<number> {
  const res = await limiter.get(key);
  return res?.consumedPoints ?? 0;
}

export async function isSignInThrottled(email: string, ip: string): Promise<boolean> {
  const { account, ip: byIp } = limiters();
  return (await used(account, email)) >= ACCOUNT_FAILURES || (await used(byIp, ip)) >= IP_FAILURES;
}

export async function recordSignInFailure(email: string, ip: string): Promise<void> {
  const { account, ip: byIp } = limiters();
  // consume() rejects once the budget is spent; the count is what matters here.
  await Promise.allSettled([account.consume(email), byIp.consume(ip)]);
}

export async function clearSignInFailures(email: string): Promise<void> {
  await limiters().account.delete(email);
}

// Second-factor codes get the same budget as passwords, per account: five wrong codes lock the step.
export async function isSecondFactorThrottled(userId: string): Promise<boolean> {
  return (await used(limiters().secondFactor, userId)) >= ACCOUNT_FAILURES;
}

export async function recordSecondFactorFailure(userId: string): Promise<void> {
  await Promise.allSettled([limiters().secondFactor.consume(userId)]);
}

export async function clearSecondFactorFailures(userId: string): Promise<void> {
  await limiters().secondFactor.delete(userId);
}
