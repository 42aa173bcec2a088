import { count } from "drizzle-orm";
import type { Db } from "./client";
import { agencySettings, auditLog, clients, users, type ClientStatus, type Locale, type Role } from "./schema";
import { hashPassword } from "@/lib/auth/password";
import { seedDemoConsents } from "./seed-consents";
import { seedDemoFinances } from "./seed-creditors";
import { seedEvidenceChecklist } from "./seed-evidence";
import { seedDemoOutcomes } from "./seed-outcomes";
import { demoTwoFactorNote, seedDemoTwoFactor } from "./seed-two-factor";
import { seedDemoPlan } from "./seed-plans";
import { seedDemoReviews } from "./seed-reviews";

export type DemoSignIn = { role: Role; name: string; email: string; password: string };

type DemoUser = DemoSignIn & { key: string; locale: Locale; supervisor?: string };

// Demo-only credentials for a local sandbox; the seed refuses non-local databases unless forced.
const DEMO_USERS: DemoUser[] = [
  { key: "admin", role: "admin", name: "Admin Zhao 赵管理", email: "admin@demo.accord.test", password: "demo-admin-passphrase", locale: "en" },
  { key: "sup1", role: "supervisor", name: "Li Na 李娜", email: "supervisor@demo.accord.test", password: "demo-supervisor-passphrase", locale: "zh-CN" },
  { key: "c1", role: "counsellor", name: "Wang Fang 王芳", email: "counsellor@demo.accord.test", password: "demo-counsellor-passphrase", locale: "zh-CN", supervisor: "sup1" },
  { key: "c2", role: "counsellor", name: "David Chen", email: "counsellor2@demo.accord.test", password: "demo-counsellor-passphrase", locale: "en", supervisor: "sup1" },
  { key: "sup2", role: "supervisor", name: "Zhou Min 周敏", email: "supervisor2@demo.accord.test", password: "demo-supervisor-passphrase", locale: "zh-CN" },
  { key: "c3", role: "counsellor", name: "Sarah Lin", email: "counsellor3@demo.accord.test", password: "demo-counsellor-passphrase", locale: "en", supervisor: "sup2" },
  { key: "p1", role: "client", name: "Zhang Wei 张伟", email: "client@demo.accord.test", password: "demo-client-passphrase", locale: "zh-CN" },
  { key: "p2", role: "client", name: "Emily Brown", email: "client2@demo.accord.test", password: "demo-client-passphrase", locale: "en" },
];

type DemoClient = { name: string; phone: string; email?: string; language: Locale; status: ClientStatus; counsellor: string; portal?: string };

const DEMO_CLIENTS: DemoClient[] = [
  { name: "张伟", phone: "+86 138 0013 8000", email: "client@demo.accord.test", language: "zh-CN", status: "negotiating", counsellor: "c1", portal: "p1" },
  { name: "刘洋", phone: "+86 139 1234 5678", language: "zh-CN", status: "intake", counsellor: "c1" },
  { name: "陈静", phone: "+86 137 5555 0101", language: "zh-CN", status: "plan_agreed", counsellor: "c1" },
  { name: "Tom Wilson", phone: "+44 7700 900123", language: "en", status: "active", counsellor: "c1" },
  { name: "Emily Brown", phone: "+44 7700 900456", email: "client2@demo.accord.test", language: "en", status: "monitoring", counsellor: "c2", portal: "p2" },
  { name: "黄磊", phone: "+86 135 0000 2222", language: "zh-CN", status: "negotiating", counsellor: "c2" },
  { name: "赵敏", phone: "+86 136 8888 9999", language: "zh-CN", status: "closed", counsellor: "c2" },
  { name: "孙丽", phone: "+86 186 1111 3333", language: "zh-CN", status: "active", counsellor: "c3" },
  { name: "James Lee", phone: "+852 9123 4567", language: "en", status: "intake", counsellor: "c3" },
];

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) === 0;
}

/** Refuses anything but a local database unless forced: a demo must never land in production. */
export function assertLocalTarget(force: boolean): void {
  const url = process.env.DATABASE_URL;
  if (!url || force) return;
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to seed demo data into ${host}. Pass --force if you really mean it.`);
  }
}

export async function seedDemo(db: Db): Promise<DemoSignIn[]> {
  const hashes = new Map<string, string>();
  for (const user of DEMO_USERS) hashes.set(user.password, hashes.get(user.password) ?? (await hashPassword(user.password)));
  await db.transaction(async (tx) => {
    await tx.insert(agencySettings).values({ id: 1, name: "Accord Demo Agency" }).onConflictDoNothing();
    const ids = new Map<string, string>();
    for (const user of DEMO_USERS) {
      const [row] = await tx
        .insert(users)
        .values({
          email: user.email,
          name: user.name,
          role: user.role,
          locale: user.locale,
          supervisorId: user.supervisor ? ids.get(user.supervisor) : null,
          passwordHash: hashes.get(user.password) ?? "",
        })
        .returning({ id: users.id });
      if (!row) throw new Error(`could not seed ${user.email}`);
      ids.set(user.key, row.id);
    }
    for (const client of DEMO_CLIENTS) {
      const counsellorId = ids.get(client.counsellor);
      if (!counsellorId) throw new Error(`unknown counsellor ${client.counsellor}`);
      const [row] = await tx
        .insert(clients)
        .values({
          fullName: client.name,
          phone: client.phone,
          email: client.email ?? null,
          preferredLanguage: client.language,
          status: client.status,
          counsellorId,
          portalUserId: client.portal ? ids.get(client.portal) : null,
        })
        .returning({ id: clients.id });
      await tx.insert(auditLog).values({
        actorId: counsellorId,
        action: "client.created",
        entityType: "client",
        entityId: row?.id,
        clientId: row?.id,
        details: { source: "demo seed" },
      });
    }
    await seedDemoFinances(tx);
    await seedDemoConsents(tx);
    await seedEvidenceChecklist(tx);
    await seedDemoOutcomes(tx);
    await seedDemoTwoFactor(tx);
    await seedDemoPlan(tx);
    await seedDemoReviews(tx);
  });
  return DEMO_USERS.map(({ role, name, email, password }) => ({ role, name, email, password }));
}

export function describeSignIns(signIns: DemoSignIn[]): string {
  const seen = new Set<string>();
  const lines = signIns
    .filter((s) => !seen.has(s.email) && seen.add(s.email))
    .map((s) => `  ${s.role.padEnd(11)} ${s.email.padEnd(32)} ${s.password}   (${s.name})`);
  return ["Demo sign-ins (local demo only):", ...lines, demoTwoFactorNote].join("\n");
}
