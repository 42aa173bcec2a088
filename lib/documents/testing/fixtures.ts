import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { clients } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { commitUpload, prepareUpload } from "@/lib/dal/document-uploads";
import { newStorageKey } from "@/lib/dal/document-store";
import { LocalStorage, setStorageForTests, storage } from "@/lib/storage";
import type { DocumentKind } from "@/db/schema";
import { sha256Hex } from "./hash";
import { samplePng } from "./samples";

/** Points the app's storage at a fresh temporary folder; returns a clean-up. */
export function useTempStorage(): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "accord-docs-"));
  setStorageForTests(new LocalStorage(dir));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export async function clientIdOf(name: string): Promise<string> {
  const [row] = await db().select({ id: clients.id }).from(clients).where(eq(clients.fullName, name));
  if (!row) throw new Error(`no demo client ${name}`);
  return row.id;
}

/** Does what the upload route does once the bytes are checked: object first, then the row. */
export async function uploadAs(
  user: SessionUser,
  target: { clientId?: string; kind?: DocumentKind; requestId?: string | null; key?: string; name?: string; bytes?: Uint8Array; consent?: string },
) {
  const kind = target.kind ?? "income_proof";
  const { clientId } = await prepareUpload(user, { clientId: target.clientId, kind, requestId: target.requestId, consent: target.consent });
  const bytes = target.bytes ?? samplePng();
  const storageKey = await newStorageKey();
  await storage().put(storageKey, bytes, { size: bytes.length, contentType: "image/png" });
  const result = await commitUpload(user, {
    clientId,
    kind,
    requestId: target.requestId ?? null,
    idempotencyKey: target.key ?? randomUUID(),
    originalName: target.name ?? "payslip.png",
    storageKey,
    mimeType: "image/png",
    sizeBytes: bytes.length,
    sha256: sha256Hex(bytes),
  });
  return { ...result, storageKey };
}
