import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { clients, creditors, debts } from "@/db/schema";

/** A seeded demo client's debt with one creditor (db/seed.ts), e.g. 张伟's Jiebei loan. */
export async function demoDebt(db: Db, clientName: string, creditorNameEn: string): Promise<{ clientId: string; debtId: string }> {
  const [row] = await db
    .select({ clientId: clients.id, debtId: debts.id })
    .from(debts)
    .innerJoin(clients, eq(clients.id, debts.clientId))
    .innerJoin(creditors, eq(creditors.id, debts.creditorId))
    .where(and(eq(clients.fullName, clientName), eq(creditors.nameEn, creditorNameEn)));
  if (!row) throw new Error(`no demo debt of ${clientName} with ${creditorNameEn}`);
  return row;
}
