import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { clients, creditors, debts, negotiationEntries } from "@/db/schema";

type Entry = typeof negotiationEntries.$inferInsert;

/**
 * Known outcomes in 2020 (far from the demo seed's recent entries), for tests of every figure.
 * Range 2020-01-01..2020-12-31 in Asia/Shanghai, as seen by the demo supervisor (张伟 and Emily Brown):
 * 8 requests, 6 decided (3 agreed, 1 partially agreed, 2 rejected), rate 66.7% (n = 6), median
 * 14.5 days over 4 agreements [10, 4, 19, 183], 9 months granted, interest 300.00 and penalty 50.00
 * waived. One corrected entry is not counted; one contact just before the range only counts as a
 * first contact. 孙丽 (the other team) has one agreed entry the demo supervisor must not see.
 */
export async function seedKnownOutcomes(db: Db): Promise<Record<string, string>> {
  const debtOf = async (clientName: string, creditorName: string) => {
    const [row] = await db
      .select({ id: debts.id, clientId: debts.clientId, creditorId: debts.creditorId, counsellorId: clients.counsellorId })
      .from(debts)
      .innerJoin(clients, eq(clients.id, debts.clientId))
      .innerJoin(creditors, eq(creditors.id, debts.creditorId))
      .where(and(eq(creditors.nameEn, creditorName), eq(clients.fullName, clientName)));
    if (!row) throw new Error(`no demo debt ${clientName}/${creditorName}`);
    return row;
  };
  const [sun] = await db.select({ id: clients.id, counsellorId: clients.counsellorId }).from(clients).where(eq(clients.fullName, "孙丽"));
  const [otherCreditor] = await db.select({ id: creditors.id }).from(creditors).where(eq(creditors.nameEn, "Huabei (Ant Group)"));
  const [sunDebt] = await db
    .insert(debts)
    .values({ clientId: sun!.id, creditorId: otherCreditor!.id, product: "Card", originalPrincipal: 100_000, currentBalance: 100_000 })
    .returning({ id: debts.id });
  const jiebei = await debtOf("张伟", "Jiebei (Ant Group)");
  const card = await debtOf("张伟", "China Merchants Bank Credit Card");
  const huabei = await debtOf("Emily Brown", "Huabei (Ant Group)");
  const icbc = await debtOf("Emily Brown", "ICBC Credit Card");
  const ids: Record<string, string> = { jiebeiCreditor: jiebei.creditorId, cardCreditor: card.creditorId, huabeiCreditor: huabei.creditorId, icbcCreditor: icbc.creditorId };
  const base = (debt: typeof jiebei): Pick<Entry, "clientId" | "debtId" | "creditorId" | "counsellorId" | "recordedById" | "currency" | "counterpartName"> => ({
    clientId: debt.clientId,
    debtId: debt.id,
    creditorId: debt.creditorId,
    counsellorId: debt.counsellorId,
    recordedById: debt.counsellorId!,
    currency: "CNY",
    counterpartName: "Known outcome",
  });
  const add = async (key: string, values: Entry) => {
    const [row] = await db.insert(negotiationEntries).values(values).returning({ id: negotiationEntries.id });
    ids[key] = row!.id;
  };
  const at = (iso: string) => new Date(iso);
  await add("e1", { ...base(jiebei), contactedAt: at("2020-03-01T02:00:00Z"), channel: "phone", requestType: "payment_extension", outcome: "pending" });
  await add("e2", { ...base(jiebei), contactedAt: at("2020-03-11T02:00:00Z"), channel: "phone", requestType: "payment_extension", outcome: "agreed", grantedMonths: 3, waivedInterest: 10_000, waivedPenalty: 5_000 });
  await add("e3", { ...base(card), contactedAt: at("2020-04-01T02:00:00Z"), channel: "email", requestType: "interest_waiver", outcome: "rejected" });
  await add("e4", { ...base(card), contactedAt: at("2020-04-05T02:00:00Z"), channel: "email", requestType: "interest_waiver", outcome: "rejected" });
  await add("e5", { ...base(card), contactedAt: at("2020-04-05T02:00:00Z"), channel: "email", requestType: "interest_waiver", outcome: "partially_agreed", waivedInterest: 20_000, correctsEntryId: ids.e4 });
  await add("e6", { ...base(huabei), contactedAt: at("2020-05-01T02:00:00Z"), channel: "letter", requestType: "payment_extension", outcome: "rejected" });
  await add("e7", { ...base(huabei), contactedAt: at("2020-05-20T02:00:00Z"), channel: "letter", requestType: "payment_extension", outcome: "agreed", grantedMonths: 6 });
  await add("e8", { ...base(huabei), contactedAt: at("2020-06-01T02:00:00Z"), channel: "letter", requestType: "collection_pause", outcome: "no_response" });
  // 2019-12-31 23:59 in Shanghai: outside the range, but the first contact about this request.
  await add("e10", { ...base(icbc), contactedAt: at("2019-12-31T15:59:00Z"), channel: "phone", requestType: "instalment_plan", outcome: "rejected" });
  // 2020-07-01 01:00 in Shanghai (still June in UTC): counted in July.
  await add("e9", { ...base(icbc), contactedAt: at("2020-06-30T17:00:00Z"), channel: "phone", requestType: "instalment_plan", outcome: "agreed" });
  await add("e11", {
    clientId: sun!.id,
    debtId: sunDebt!.id,
    creditorId: otherCreditor!.id,
    counsellorId: sun!.counsellorId,
    recordedById: sun!.counsellorId!,
    currency: "CNY",
    counterpartName: "Other team",
    contactedAt: at("2020-08-01T02:00:00Z"),
    channel: "branch",
    requestType: "payment_extension",
    outcome: "agreed",
    grantedMonths: 12,
  });
  return ids;
}
