import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import fsp from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ContentInspector, type ContentVerdict } from "@/lib/documents/content-check";

export class TooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`upload exceeds ${limit} bytes`);
    this.name = "TooLargeError";
  }
}

export type Received = {
  /** A private temporary file holding the body; the caller removes it with `discard()`. */
  tempPath: string;
  size: number;
  sha256: string;
  verdict: ContentVerdict;
  discard: () => Promise<void>;
};

function spoolDir(): string {
  return path.join(process.env.UPLOAD_TMP_DIR ?? os.tmpdir(), "accord-uploads");
}

/**
 * Reads a request body once, chunk by chunk, into a temporary file while hashing it and checking
 * its content; stops reading and removes the file the moment it passes `maxBytes` (whatever the
 * Content-Length claimed, so a chunked body cannot slip past). Never holds the file in memory.
 */
export async function receiveUpload(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Received> {
  await fsp.mkdir(spoolDir(), { recursive: true, mode: 0o700 });
  const tempPath = path.join(spoolDir(), randomUUID());
  const discard = () => fsp.rm(tempPath, { force: true });
  const out = fs.createWriteStream(tempPath, { flags: "wx", mode: 0o600 });
  const hash = createHash("sha256");
  const inspector = new ContentInspector();
  const reader = body?.getReader();
  try {
    while (reader) {
      const { done, value } = await reader.read();
      if (done) break;
      if (inspector.size + value.length > maxBytes) {
        await reader.cancel().catch(() => {});
        throw new TooLargeError(maxBytes);
      }
      inspector.push(value);
      hash.update(value);
      if (!out.write(value)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
    }
    await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
    return { tempPath, size: inspector.size, sha256: hash.digest("hex"), verdict: await inspector.verdict(), discard };
  } catch (error) {
    out.destroy();
    await discard();
    throw error;
  }
}

/**
 * Removes spooled bodies older than `cutoff`: what is left when the process died mid-upload (a
 * killed server runs no clean-up). A live upload's file is younger than the grace period.
 */
export async function sweepSpool(cutoff: Date): Promise<number> {
  let entries: string[];
  try {
    entries = await fsp.readdir(spoolDir());
  } catch {
    return 0; // nothing spooled yet
  }
  let removed = 0;
  for (const name of entries) {
    const file = path.join(spoolDir(), name);
    const stat = await fsp.stat(file).catch(() => null);
    if (stat?.isFile() && stat.mtime < cutoff) {
      await fsp.rm(file, { force: true });
      removed++;
    }
  }
  return removed;
}
