import "server-only";
import { and, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { clients, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { visibleClients } from "./access";

const counsellor = alias(users, "counsellor");

/** The signed-in client's own case; staff and other clients get nothing. */
export async function getMyCase(user: SessionUser) {
  if (user.role !== "client") return null;
  const [row] = await db()
    .select({
      reference: clients.reference,
      fullName: clients.fullName,
      status: clients.status,
      counsellorName: counsellor.name,
    })
    .from(clients)
    .innerJoin(counsellor, eq(counsellor.id, clients.counsellorId))
    .where(and(visibleClients(user), eq(clients.portalUserId, user.id)))
    .limit(1);
  return row ?? null;
}
