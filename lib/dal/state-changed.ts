import "server-only";
import { and, eq } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Transaction } from "@/db/client";
import { ConflictError, NotFoundError } from "./errors";

type ClientRecords = PgTable & { id: PgColumn; clientId: PgColumn };

/**
 * Why a conditional update of a client's record touched no row. Call it inside the transaction that
 * has checked the client is the caller's: a record of that client is still there, so its state changed
 * meanwhile (`ConflictError(conflict)`, a message on the form); any other id stays a 404.
 */
export async function missingOrChanged(tx: Transaction, table: ClientRecords, id: string, clientId: string, conflict: string, what: string): Promise<Error> {
  const [row] = await tx.select({ id: table.id }).from(table).where(and(eq(table.id, id), eq(table.clientId, clientId))).limit(1);
  return row ? new ConflictError(conflict) : new NotFoundError(what);
}
