/** Refuses to serve without a signing secret: sessions would be forgeable or break on restart. */
export function checkServerEnvironment(): void {
  if (!process.env.AUTH_SECRET) {
    console.error(
      "AUTH_SECRET is not set. Start with `npm start` (which creates one for local use) or set AUTH_SECRET " +
        "(e.g. `openssl rand -base64 33`) in the environment of every app server.",
    );
    process.exit(1);
  }
}
