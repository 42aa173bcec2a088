import type { Db } from "@/db/client";
import {
  clients,
  employmentStatuses,
  hardshipReasons,
  users,
  type ClientStatus,
  type HardshipReason,
} from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";

export type LargeSeedOptions = { clients: number; counsellors?: number; supervisors?: number; seed?: number };
export type LargeSeedResult = { supervisorIds: string[]; counsellorIds: string[]; clients: number; password: string };

const PASSWORD = "demo-counsellor-passphrase";
const BATCH = 1000;
// A fixed "today" keeps the data identical run after run for one seed number.
const ANCHOR = Date.UTC(2026, 10, 1);
const DAY = 86_400_000;

/** mulberry32: small, fast and reproducible; quality is ample for demo data. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, int, pick };
}

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔汤";
const GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲建国文辉力斌宇浩凯鹏鑫婷雪琳晨阳欣怡子涵梓萱诗雨佳豪博文俊杰思远嘉怡";
const FIRST = ["James", "Emily", "Oliver", "Sophie", "Daniel", "Grace", "Thomas", "Chloe", "Michael", "Hannah", "David", "Lucy", "Samuel", "Amelia", "Jack", "Olivia", "William", "Isla", "Ryan", "Mia"];
const LAST = ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Wong", "Chan", "Lee", "Ng", "Cheung", "Lam", "Ho", "Tan", "Lim", "Patel"];
// Weighted towards the middle of the workflow, as a working agency's caseload is.
const STATUS_BAG: ClientStatus[] = ["intake", "active", "active", "negotiating", "negotiating", "negotiating", "plan_agreed", "plan_agreed", "monitoring", "monitoring", "closed"];

type Rng = ReturnType<typeof random>;

function chineseName(rng: Rng): string {
  const given = rng.next() < 0.6 ? rng.pick([...GIVEN]) + rng.pick([...GIVEN]) : rng.pick([...GIVEN]);
  return rng.pick([...SURNAMES]) + given;
}

function phone(rng: Rng, chinese: boolean): string {
  if (!chinese) return rng.next() < 0.5 ? `+44 7700 9${rng.int(10000, 99999)}` : `+852 ${rng.int(5000, 9999)} ${rng.int(1000, 9999)}`;
  const mobile = `1${rng.int(3, 9)}${rng.int(0, 9)}${String(rng.int(0, 99_999_999)).padStart(8, "0")}`;
  return rng.next() < 0.5 ? mobile : `+86 ${mobile.slice(0, 3)} ${mobile.slice(3, 7)} ${mobile.slice(7)}`;
}

function fakeClient(rng: Rng, counsellorId: string) {
  const chinese = rng.next() < 0.75;
  const fullName = chinese ? chineseName(rng) : `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
  const createdAt = new Date(ANCHOR - rng.int(0, 3 * 365) * DAY - rng.int(0, DAY - 1));
  const updatedAt = new Date(Math.min(ANCHOR, createdAt.getTime() + rng.int(0, 400) * DAY));
  const reasons = new Set<HardshipReason>();
  for (let i = rng.int(1, 2); i > 0; i--) reasons.add(rng.pick(hardshipReasons.filter((r) => r !== "other")));
  const status = rng.pick(STATUS_BAG);
  return {
    fullName,
    phone: phone(rng, chinese),
    email: rng.next() < 0.4 ? `client${rng.int(1, 9_999_999)}@example.${chinese ? "cn" : "com"}` : null,
    preferredLanguage: chinese ? ("zh-CN" as const) : ("en" as const),
    householdAdults: rng.int(1, 3),
    householdDependants: rng.int(0, 3),
    employmentStatus: rng.pick(employmentStatuses.filter((s) => s !== "other")),
    hardshipReasons: [...reasons],
    status,
    closureReason: status === "closed" ? rng.pick(["plan_completed", "debts_settled", "client_withdrew", "referred_elsewhere"] as const) : null,
    closedAt: status === "closed" ? updatedAt : null,
    counsellorId,
    createdAt,
    updatedAt,
  };
}

/** How many clients each counsellor gets: mostly 300-700 at agency scale, scaled to the total asked for. */
function caseloads(rng: Rng, total: number, counsellors: number): number[] {
  const weights = Array.from({ length: counsellors }, () => rng.int(300, 700));
  const sum = weights.reduce((a, b) => a + b, 0);
  const loads = weights.map((w) => Math.floor((w / sum) * total));
  for (let i = 0, rest = total - loads.reduce((a, b) => a + b, 0); rest > 0; i++, rest--) loads[i % counsellors]! += 1;
  return loads;
}

/**
 * A large, realistic agency for load and plan testing: supervisors, counsellors and their clients,
 * the same data for the same seed. Multi-row inserts of 1,000 rows keep 100,000 clients to seconds.
 */
export async function seedLarge(db: Db, options: LargeSeedOptions): Promise<LargeSeedResult> {
  const seed = options.seed ?? 1;
  const rng = random(seed);
  const counsellorCount = Math.max(1, options.counsellors ?? Math.round(options.clients / 500));
  const supervisorCount = Math.max(1, options.supervisors ?? Math.ceil(counsellorCount / 8));
  const passwordHash = await hashPassword(PASSWORD);
  const staff = (role: "supervisor" | "counsellor", n: number, supervisorId: string | null) => ({
    email: `${role}${n}.s${seed}@large.accord.test`,
    name: role === "supervisor" ? `主管 Supervisor ${n}` : `${chineseName(rng)} Counsellor ${n}`,
    role,
    locale: n % 2 ? ("zh-CN" as const) : ("en" as const),
    supervisorId,
    passwordHash,
  });

  const supervisorIds = (
    await db
      .insert(users)
      .values(Array.from({ length: supervisorCount }, (_, i) => staff("supervisor", i + 1, null)))
      .returning({ id: users.id })
  ).map((r) => r.id);
  const counsellorIds = (
    await db
      .insert(users)
      .values(Array.from({ length: counsellorCount }, (_, i) => staff("counsellor", i + 1, supervisorIds[i % supervisorCount]!)))
      .returning({ id: users.id })
  ).map((r) => r.id);

  const owners = caseloads(rng, options.clients, counsellorCount).flatMap((n, i) => Array<string>(n).fill(counsellorIds[i]!));
  for (let start = 0; start < owners.length; start += BATCH) {
    const rows = owners.slice(start, start + BATCH).map((owner) => fakeClient(rng, owner));
    await db.insert(clients).values(rows);
  }
  return { supervisorIds, counsellorIds, clients: owners.length, password: PASSWORD };
}
