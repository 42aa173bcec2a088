import { afterEach, describe, expect, it } from "vitest";
import { isSameOriginWrite, publicOrigin } from "./same-origin";

const h = (entries: Record<string, string>) => new Headers(entries);

describe("same-origin writes", () => {
  afterEach(() => {
    delete process.env.TRUST_PROXY;
    delete process.env.AUTH_URL;
    delete process.env.APP_URL;
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

  it("falls back to the request URL's host when no Host header came along", () => {
    expect(isSameOriginWrite("POST", h({ origin: "http://localhost:3000" }), "http://localhost:3000/api/documents/upload")).toBe(true);
    expect(isSameOriginWrite("POST", h({ origin: "https://evil.example" }), "http://localhost:3000/api/documents/upload")).toBe(false);
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

  it("builds invitation links from the configured URL, else the address in use, never a spoofed forwarded host", () => {
    expect(publicOrigin(h({ host: "localhost:3000" }))).toBe("http://localhost:3000");
    expect(publicOrigin(h({ host: "accord.example.org" }))).toBe("https://accord.example.org");
    const spoofed = h({ host: "10.0.0.5:3000", "x-forwarded-host": "evil.example", "x-forwarded-proto": "http" });
    expect(publicOrigin(spoofed)).toBe("https://10.0.0.5:3000");
    process.env.TRUST_PROXY = "1";
    expect(publicOrigin(spoofed)).toBe("http://evil.example");
    process.env.AUTH_URL = "https://accord.example.org/";
    expect(publicOrigin(spoofed)).toBe("https://accord.example.org");
    process.env.APP_URL = "https://portal.example.org";
    expect(publicOrigin(spoofed)).toBe("https://portal.example.org");
  });
});
