import { afterEach, describe, expect, it } from "vitest";
import { isSameOriginWrite } from "./same-origin";

const h = (entries: Record<string, string>) => new Headers(entries);

describe("same-origin writes", () => {
  afterEach(() => {
    delete process.env.TRUST_PROXY;
    delete process.env.AUTH_URL;
  });

  it("lets reads through whatever their origin", () => {
    expect(isSameOriginWrite("GET", h({ origin: "https://evil.example", host: "app.local" }))).toBe(true);
  });

  it("accepts a POST from the app's own origin", () => {
    expect(isSameOriginWrite("POST", h({ origin: "http://localhost:3000", host: "localhost:3000" }))).toBe(true);
  });

  it("refuses foreign, null, missing and malformed origins", () => {
    expect(isSameOriginWrite("POST", h({ origin: "https://evil.example", host: "localhost:3000" }))).toBe(false);
    expect(isSameOriginWrite("POST", h({ origin: "null", host: "localhost:3000" }))).toBe(false);
    expect(isSameOriginWrite("POST", h({ host: "localhost:3000" }))).toBe(false);
    expect(isSameOriginWrite("DELETE", h({ origin: "not a url", host: "localhost:3000" }))).toBe(false);
    expect(isSameOriginWrite("POST", h({ origin: "http://localhost:3000.evil.example", host: "localhost:3000" }))).toBe(false);
  });

  it("believes X-Forwarded-Host only behind a trusted proxy, and accepts the configured public URL", () => {
    const behindProxy = h({ origin: "https://accord.example.org", host: "10.0.0.5:3000", "x-forwarded-host": "accord.example.org" });
    expect(isSameOriginWrite("POST", behindProxy)).toBe(false);
    process.env.TRUST_PROXY = "1";
    expect(isSameOriginWrite("POST", behindProxy)).toBe(true);
    delete process.env.TRUST_PROXY;
    process.env.AUTH_URL = "https://accord.example.org";
    expect(isSameOriginWrite("POST", behindProxy)).toBe(true);
  });
});
