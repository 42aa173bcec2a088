import createNextIntlPlugin from "next-intl/plugin";

// The catalogues are compiled at build time (next-intl's precompile, ICU → icu-minify's arrays): a
// page no longer parses every message it formats with IntlMessageFormat on each request, and the
// browser gets no ICU parser. lib/i18n/precompiled.test.ts checks every message formats the same.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./lib/i18n/messages", format: "json", locales: "infer", precompile: true } },
});
const production = process.env.NODE_ENV === "production";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=(), payment=()" },
  ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Keeps PGlite's WASM/data and the argon2 binary out of the client bundle and .next/static.
  // rate-limiter-flexible imports drizzle-orm by a computed name at run time, which only Node's own
  // resolver can follow: both stay external so they share one drizzle-orm. pg-boss (and its `pg`)
  // load only on the server, at start-up.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "rate-limiter-flexible", "drizzle-orm", "pg-boss"],
  // Separate build folders let several checkouts or test runs build side by side.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // `npm test` type-checks the whole tree separately; skipping it here halves the build on 2 cores.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  async headers() {
    // Document downloads set their own framing and CSP (sandboxed previews on our own pages).
    return [
      { source: "/((?!api/documents/).*)", headers: securityHeaders },
      { source: "/api/documents/:path*", headers: securityHeaders.filter((h) => h.key !== "X-Frame-Options") },
    ];
  },
};

export default withNextIntl(nextConfig);
