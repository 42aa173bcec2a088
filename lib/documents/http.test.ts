import { afterEach, describe, expect, it } from "vitest";
import { isSameOrigin } from "./http";

const post = (url: string, headers: Record<string, string>) => new Request(url, { method: "POST", headers });

describe("isSameOrigin", () => {
  afterEach(() => {
    delete process.env.AUTH_URL;
    delete process.env.TRUST_PROXY;
  });

  it("accepts the origin of the host the browser addressed, refuses others and a missing Origin", () => {
    const url = "http://localhost:3000/api/documents/upload";
    expect(isSameOrigin(post(url, { host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" }))).toBe(true);
    expect(isSameOrigin(post(url, { host: "127.0.0.1:3000", origin: "https://evil.example" }))).toBe(false);
    expect(isSameOrigin(post(url, { host: "127.0.0.1:3000" }))).toBe(false);
    expect(isSameOrigin(post(url, { host: "127.0.0.1:3000", origin: "null" }))).toBe(false);
  });

  it("uses AUTH_URL when set, and forwarded headers only behind a trusted proxy", () => {
    const url = "http://10.0.0.5:3000/api/documents/upload";
    const forwarded = { host: "10.0.0.5:3000", "x-forwarded-host": "accord.example.org", "x-forwarded-proto": "https", origin: "https://accord.example.org" };
    expect(isSameOrigin(post(url, forwarded))).toBe(false);
    process.env.TRUST_PROXY = "1";
    expect(isSameOrigin(post(url, forwarded))).toBe(true);
    delete process.env.TRUST_PROXY;
    process.env.AUTH_URL = "https://accord.example.org";
    expect(isSameOrigin(post(url, { host: "10.0.0.5:3000", origin: "https://accord.example.org" }))).toBe(true);
    expect(isSameOrigin(post(url, { host: "10.0.0.5:3000", origin: "http://10.0.0.5:3000" }))).toBe(false);
  });
});
