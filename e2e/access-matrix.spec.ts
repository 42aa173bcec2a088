import fs from "node:fs";
import path from "node:path";
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { samplePng } from "@/lib/documents/testing/samples";
import { baseUrl, expect, sessionOf, test, type Person } from "./fixtures";

/**
 * Every page and route handler in app/, called as every kind of session. A new route that is not
 * listed here fails the first test, so nobody can add a screen without deciding who may see it.
 */
type Who = Person | "anonymous";
const everyone: Who[] = ["anonymous", "client", "client2", "counsellor", "counsellor2", "otherCounsellor", "supervisor", "otherSupervisor", "admin"];
const staff: Who[] = ["counsellor", "counsellor2", "otherCounsellor", "supervisor", "otherSupervisor", "admin"];
// The demo client 张伟 belongs to `counsellor`, in `supervisor`'s team, and has the portal account `client`.
const zhangsTeam: Who[] = ["counsellor", "supervisor", "admin"];
const supervisors: Who[] = ["supervisor", "otherSupervisor", "admin"];

type Rule = { allowed: Who[] | "public"; method?: "GET" | "POST"; note?: string };

const matrix: Record<string, Rule> = {
  "/": { allowed: "public", note: "redirects each visitor to their home" },
  "/login": { allowed: "public" },
  "/invite/[token]": { allowed: "public", note: "a bad token gets a friendly refusal" },
  "/password": { allowed: everyone.filter((w) => w !== "anonymous") },
  "/help": { allowed: everyone.filter((w) => w !== "anonymous") },
  "/two-factor": { allowed: everyone.filter((w) => w !== "anonymous"), note: "the code step; a fully signed-in session is sent home" },
  "/two-factor/setup": { allowed: staff, note: "enrolment; enrolled staff are sent to /password; clients get 404" },
  "/portal": { allowed: ["client", "client2"] },
  "/portal/documents": { allowed: ["client", "client2"] },
  "/portal/plans": { allowed: ["client", "client2"], note: "each client sees only their own plans" },
  "/portal/changes": { allowed: ["client", "client2"], note: "report a change of circumstances; each sees only their own reports" },
  "/dashboard": { allowed: staff },
  "/notifications": { allowed: staff, note: "each sees only their own notifications" },
  "/notifications/[notificationId]": { allowed: ["counsellor"], note: "opens one's own notice (marks it read, then redirects); anyone else's is a 404" },
  "/admin/staff": { allowed: ["admin"] },
  "/admin/creditors": { allowed: staff, note: "every staff member reads the directory; only admins edit" },
  "/admin/creditors/[creditorId]": { allowed: ["admin"] },
  "/admin/evidence": { allowed: ["admin"] },
  "/admin/settings": { allowed: ["admin"] },
  "/clients": { allowed: staff },
  "/clients/new": { allowed: staff },
  "/clients/[clientId]": { allowed: zhangsTeam },
  "/clients/[clientId]/edit": { allowed: zhangsTeam },
  "/clients/[clientId]/debts": { allowed: zhangsTeam },
  "/clients/[clientId]/debts/new": { allowed: zhangsTeam },
  "/clients/[clientId]/debts/[debtId]": { allowed: zhangsTeam },
  "/clients/[clientId]/debts/[debtId]/edit": { allowed: zhangsTeam },
  "/clients/[clientId]/budget": { allowed: zhangsTeam },
  "/clients/[clientId]/budget/new": { allowed: zhangsTeam },
  "/clients/[clientId]/budget/[statementId]": { allowed: zhangsTeam },
  "/clients/[clientId]/documents": { allowed: zhangsTeam },
  "/clients/[clientId]/negotiations": { allowed: zhangsTeam },
  "/clients/[clientId]/negotiations/new": { allowed: zhangsTeam },
  "/clients/[clientId]/plans": { allowed: zhangsTeam },
  "/clients/[clientId]/plans/new": { allowed: zhangsTeam },
  "/clients/[clientId]/letters": { allowed: zhangsTeam },
  "/clients/[clientId]/reviews": { allowed: zhangsTeam },
  "/clients/[clientId]/reviews/[reviewId]": { allowed: zhangsTeam, note: "review form while scheduled, the record once completed" },
  "/clients/[clientId]/timeline": { allowed: zhangsTeam },
  "/supervision": { allowed: supervisors, note: "team overview and bulk reassignment" },
  "/supervision/reviews": { allowed: supervisors, note: "sign-off queue of the team's plans and closures" },
  "/admin/audit": { allowed: supervisors, note: "admins every row; supervisors their team's clients only" },
  "/api/admin/audit/export": { allowed: supervisors, note: "CSV of the filtered audit log; audited" },
  "/supervision/analytics": { allowed: supervisors, note: "each supervisor sees only their team's figures" },
  "/supervision/analytics/entries": { allowed: supervisors },
  "/api/supervision/analytics/export": { allowed: supervisors, note: "CSV of the analytics screen; audited" },
  "/api/auth/[...nextauth]": { allowed: "public", note: "Auth.js endpoints" },
  "/api/health": { allowed: "public" },
  "/api/clients/export": { allowed: staff, note: "each sees only their own caseload in the file" },
  "/api/documents/[documentId]": { allowed: [...zhangsTeam, "client"] },
  "/api/letters/[clientId]/[debtId]": { allowed: zhangsTeam, note: "DOCX letter for one debt" },
  "/api/documents/upload": { allowed: staff.concat(["client", "client2"]), method: "POST", note: "POST only; ownership checked per client" },
};

function routesInApp(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "page.tsx" || entry.name === "route.ts") {
        const route = path
          .relative("app", path.dirname(full))
          .split(path.sep)
          .filter((part) => part && !/^\(.*\)$/.test(part))
          .join("/");
        found.push(`/${route}`);
      }
    }
  };
  walk("app");
  return found.sort();
}

test("every page and route handler is in the access matrix", () => {
  const missing = routesInApp().filter((route) => !(route in matrix));
  expect(missing, "add these routes to e2e/access-matrix.spec.ts with who may use them").toEqual([]);
});

const sessions = new Map<Who, APIRequestContext>();
const ids: Record<string, string> = {};

async function firstId(api: APIRequestContext, url: string, pattern: RegExp, what: string): Promise<string> {
  const html = await (await api.get(url)).text();
  const id = pattern.exec(html)?.[1];
  if (!id) throw new Error(`could not find a ${what} on ${url}: the demo seed should provide one`);
  return id;
}

test.beforeAll(async ({ browser }) => {
  for (const who of everyone) {
    const storageState = who === "anonymous" ? undefined : await sessionOf(browser, who);
    sessions.set(who, await playwrightRequest.newContext({ baseURL: baseUrl(), storageState }));
  }
  const admin = sessions.get("admin")!;
  const uuid = "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})";
  ids.clientId = await firstId(admin, `/clients?q=${encodeURIComponent("张伟")}`, new RegExp(`/clients/${uuid}`), "client");
  const client = `/clients/${ids.clientId}`;
  ids.reference = await firstId(admin, client, /(C-\d{4}-\d{5})/, "client reference");
  ids.debtId = await firstId(admin, `${client}/debts`, new RegExp(`${client}/debts/${uuid}`), "debt");
  ids.statementId = await firstId(admin, `${client}/budget`, new RegExp(`${client}/budget/${uuid}`), "statement");
  ids.creditorId = await firstId(admin, "/admin/creditors", new RegExp(`/admin/creditors/${uuid}`), "creditor");
  ids.reviewId = await firstId(admin, `${client}/reviews`, new RegExp(`${client}/reviews/${uuid}`), "review");
  // A document uploaded through the real route, as the client's counsellor.
  const upload = await sessions.get("counsellor")!.post(
    `/api/documents/upload?clientId=${ids.clientId}&kind=income_proof&key=matrix${Date.now()}&name=payslip.png`,
    { headers: { origin: baseUrl(), "content-type": "image/png" }, data: Buffer.from(samplePng()) },
  );
  expect(upload.status(), await upload.text()).toBe(201);
  ids.documentId = ((await upload.json()) as { id: string }).id;
  // The client's own upload through the portal route gives their counsellor a notice.
  const fromClient = await sessions.get("client")!.post(
    `/api/documents/upload?clientId=${ids.clientId}&kind=income_proof&key=matrixc${Date.now()}&name=payslip.png`,
    { headers: { origin: baseUrl(), "content-type": "image/png" }, data: Buffer.from(samplePng()) },
  );
  expect(fromClient.status(), await fromClient.text()).toBe(201);
  ids.notificationId = await firstId(sessions.get("counsellor")!, "/notifications", new RegExp(`/notifications/${uuid}`), "notification");
  ids.token = "not-a-real-invitation-token";
  ids["...nextauth"] = "session";
});

test.afterAll(async () => {
  for (const api of sessions.values()) await api.dispose();
});

/**
 * A GET that tries a second time when a reused keep-alive socket was closed by the server at the
 * same moment (ECONNRESET under load): a transport race, not an answer from the app.
 */
async function getOnce(api: APIRequestContext, url: string) {
  try {
    return await api.get(url, { maxRedirects: 0 });
  } catch (error) {
    if (!/ECONNRESET|socket hang up/.test(String(error))) throw error;
    return api.get(url, { maxRedirects: 0 });
  }
}

function concrete(route: string): string {
  return route.replace(/\[([^\]]+)\]/g, (_, name: string) => {
    const id = ids[name];
    if (!id) throw new Error(`no id for [${name}]`);
    return id;
  });
}

for (const [route, rule] of Object.entries(matrix)) {
  if (rule.method === "POST") {
    test(`POST ${route} refuses the anonymous and foreign origins`, async () => {
      const url = concrete(route);
      const anonymous = await sessions.get("anonymous")!.post(url, { maxRedirects: 0, headers: { origin: baseUrl() }, data: "x" });
      expect([401, 403, 404]).toContain(anonymous.status());
      const forged = await sessions.get("admin")!.post(url, { maxRedirects: 0, headers: { origin: "https://evil.example" }, data: "x" });
      expect(forged.status()).toBe(403);
    });
    continue;
  }
  test(`GET ${route} answers only the sessions that may use it`, async () => {
    const url = concrete(route);
    for (const who of everyone) {
      const response = await getOnce(sessions.get(who)!, url);
      const status = response.status();
      const allowed = rule.allowed === "public" || rule.allowed.includes(who);
      if (allowed) {
        expect(status, `${who} should reach ${url}`).toBeLessThan(400);
      } else if (who === "anonymous") {
        expect([307, 401, 403, 404], `anonymous on ${url}`).toContain(status);
        if (status === 307) expect(response.headers().location).toContain("/login");
      } else {
        expect([403, 404], `${who} must not reach ${url}`).toContain(status);
        // The demo client's reference and e-mail (the name also appears as an example in the catalogues).
        const body = await response.text();
        for (const marker of [ids.reference!, "client@demo.accord.test"]) expect(body, `${who} got data from ${url}`).not.toContain(marker);
      }
    }
  });
}

test("a server action posted from a foreign origin is refused before it runs", async () => {
  const forged = await sessions.get("admin")!.post("/admin/staff", {
    maxRedirects: 0,
    headers: { origin: "https://evil.example", "next-action": "0".repeat(42) },
    data: "x",
  });
  expect(forged.status()).toBe(403);
});
