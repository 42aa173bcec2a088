import { inArray } from "drizzle-orm";
import type { Db } from "./client";
import { auditLog, clients, creditors, debts, negotiationEntries, type NegotiationChannel, type NegotiationOutcome, type NegotiationRequestType } from "./schema";

type Executor = Pick<Db, "insert" | "select">;

// Creditors and clients no other demo data uses, so these entries never change what other screens show.
const CREDITORS: [name: string, extensionRate: number][] = [
  ["Weilidai (WeBank)", 80],
  ["JD Jintiao", 65],
  ["Meituan Yuefu", 70],
  ["China Construction Bank Credit Card", 20],
  ["Bank of China Credit Card", 50],
];
const CLIENTS = ["黄磊", "陈静", "赵敏", "孙丽"];
const TYPES: NegotiationRequestType[] = ["payment_extension", "payment_extension", "instalment_plan", "interest_waiver", "penalty_waiver", "payment_extension", "collection_pause"];
const AGREED_CHANNELS: NegotiationChannel[] = ["letter", "email", "branch"];
const OTHER_CHANNELS: NegotiationChannel[] = ["phone", "in_app", "letter", "email", "branch"];
const ENTRIES = 160;
const DAY = 86_400_000;

/** A fixed pseudo-random 0–99 per entry: the same demo every time for the same seed date. */
const roll = (i: number) => Math.floor(((i * 2654435761) % 4294967296) / 4294967296 * 100);

function outcomeFor(i: number, rate: number): NegotiationOutcome {
  const r = roll(i);
  if (r < rate) return r % 4 === 0 ? "partially_agreed" : "agreed";
  if (r < 92) return "rejected";
  return r % 2 ? "pending" : "no_response";
}

/**
 * A year of creditor contacts for the outcome analytics, deterministic for a given day: five
 * creditors with different habits (China Construction Bank grants extensions least often), four
 * clients across both teams. Agreements are written (letter, e-mail, branch), so none waits for a
 * confirmation, and no entry sets a next action: dashboards stay as the other demo data makes them.
 */
export async function seedDemoOutcomes(executor: Executor, now = new Date()): Promise<void> {
  const creditorRows = await executor.select({ id: creditors.id, nameEn: creditors.nameEn }).from(creditors).where(inArray(creditors.nameEn, CREDITORS.map(([n]) => n)));
  const clientRows = (await executor.select({ id: clients.id, name: clients.fullName, counsellorId: clients.counsellorId }).from(clients).where(inArray(clients.fullName, CLIENTS))).sort(
    (a, b) => CLIENTS.indexOf(a.name) - CLIENTS.indexOf(b.name),
  );
  if (creditorRows.length !== CREDITORS.length || clientRows.length !== CLIENTS.length) return;
  const debtIds = new Map<string, string>();
  for (const client of clientRows) {
    for (const [index, creditor] of creditorRows.entries()) {
      const [row] = await executor
        .insert(debts)
        .values({ clientId: client.id, creditorId: creditor.id, product: "Consumer credit", originalPrincipal: 1_000_000 + index * 250_000, currentBalance: 800_000 + index * 200_000, instalment: 60_000, status: "overdue" })
        .returning({ id: debts.id });
      debtIds.set(`${client.id}:${creditor.id}`, row!.id);
    }
  }
  const midday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 2);
  const values: (typeof negotiationEntries.$inferInsert)[] = [];
  for (let i = 0; i < ENTRIES; i++) {
    const [name, rate] = CREDITORS[i % CREDITORS.length]!;
    const creditor = creditorRows.find((c) => c.nameEn === name)!;
    const client = clientRows[Math.floor(i / CREDITORS.length) % clientRows.length]!;
    const requestType = TYPES[i % TYPES.length]!;
    const outcome = outcomeFor(i, requestType === "payment_extension" ? rate : 60);
    const agreed = outcome === "agreed" || outcome === "partially_agreed";
    values.push({
      clientId: client.id,
      debtId: debtIds.get(`${client.id}:${creditor.id}`)!,
      creditorId: creditor.id,
      counsellorId: client.counsellorId,
      recordedById: client.counsellorId!,
      contactedAt: new Date(midday - (((i * 53) % 350) + 1) * DAY),
      channel: agreed ? AGREED_CHANNELS[i % AGREED_CHANNELS.length]! : OTHER_CHANNELS[i % OTHER_CHANNELS.length]!,
      counterpartName: "Customer service",
      requestType,
      currency: "CNY",
      outcome,
      grantedMonths: agreed && (requestType === "payment_extension" || requestType === "instalment_plan") ? 3 + (i % 4) * 3 : null,
      waivedInterest: agreed && requestType === "interest_waiver" ? ((i % 7) + 1) * 10_000 : null,
      waivedPenalty: agreed && requestType === "penalty_waiver" ? ((i % 5) + 1) * 5_000 : null,
    });
  }
  const rows = await executor.insert(negotiationEntries).values(values).returning({ id: negotiationEntries.id, clientId: negotiationEntries.clientId, recordedById: negotiationEntries.recordedById });
  await executor.insert(auditLog).values(
    rows.map((r) => ({ actorId: r.recordedById, action: "negotiation.logged", entityType: "negotiation_entry", entityId: r.id, clientId: r.clientId, details: { source: "demo seed" } })),
  );
}

