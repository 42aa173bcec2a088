import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { notFoundResponse, signInRedirect } from "./route-answers";

const exportRequest = (headers: Record<string, string>) => new NextRequest("http://localhost:3000/api/clients/export?q=x", { headers: { host: "accord.test", ...headers } });

describe("signInRedirect", () => {
  it("returns to the page of this host the export was clicked on", () => {
    const response = signInRedirect(exportRequest({ referer: "http://accord.test/clients?status=active&page=2" }));
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("/login?next=%2Fclients%3Fstatus%3Dactive%26page%3D2");
  });

  it("never returns to another host, to the file itself or to the sign-in page", () => {
    for (const referer of ["https://evil.example/clients", "http://accord.test/api/clients/export", "http://accord.test/login?next=%2Fx", "not a url"]) {
      expect(signInRedirect(exportRequest({ referer })).headers.get("location"), referer).toBe("/login");
    }
    expect(signInRedirect(exportRequest({})).headers.get("location")).toBe("/login");
  });
});

describe("notFoundResponse", () => {
  it("says nothing and is not cached", async () => {
    const response = notFoundResponse();
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toBe("Not found");
  });
});
