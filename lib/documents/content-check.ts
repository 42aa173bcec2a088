import { fileTypeFromBuffer } from "file-type";

/** Types accepted by their magic bytes, with the MIME type stored and served. */
export const ALLOWED_TYPES: Record<string, { ext: string }> = {
  "application/pdf": { ext: "pdf" },
  "image/jpeg": { ext: "jpg" },
  "image/png": { ext: "png" },
  "image/webp": { ext: "webp" },
  "image/heic": { ext: "heic" },
  "image/heif": { ext: "heif" },
};

export const HEAD_BYTES = 4100;
const TAIL_BYTES = 1024;

export type ContentVerdict =
  | { ok: true; mime: string; ext: string }
  | { ok: false; reason: "empty" | "unsupported" | "truncated" };

/**
 * Watches a file go past chunk by chunk (nothing is kept but the first 4 KB and last 1 KB) and
 * walks the top-level boxes of ISO-BMFF (HEIC), so truncation can be told without re-reading it.
 */
export class ContentInspector {
  size = 0;
  private head: Uint8Array = new Uint8Array(0);
  private tail: Uint8Array = new Uint8Array(0);
  private nextBox = 0;
  private boxHeader: number[] = [];
  private boxOpenEnded = false;
  private boxBroken = false;

  push(chunk: Uint8Array): void {
    if (this.head.length < HEAD_BYTES) this.head = concat(this.head, chunk.subarray(0, HEAD_BYTES - this.head.length));
    this.walkBoxes(chunk, this.size);
    this.size += chunk.length;
    const joined = chunk.length >= TAIL_BYTES ? chunk : concat(this.tail, chunk);
    this.tail = joined.slice(Math.max(0, joined.length - TAIL_BYTES));
  }

  private walkBoxes(chunk: Uint8Array, start: number): void {
    if (this.boxOpenEnded || this.boxBroken) return;
    let offset = Math.max(this.nextBox, start) - start;
    while (offset < chunk.length) {
      if (this.nextBox > start + offset) return;
      this.boxHeader.push(chunk[offset]!);
      offset++;
      if (this.boxHeader.length < 8) continue;
      const view = new DataView(Uint8Array.from(this.boxHeader).buffer);
      const size32 = view.getUint32(0);
      if (size32 === 1 && this.boxHeader.length < 16) continue;
      const boxStart = start + offset - this.boxHeader.length;
      const size = size32 === 1 ? Number(view.getBigUint64(8)) : size32;
      this.boxHeader = [];
      if (size32 === 0) {
        this.boxOpenEnded = true;
        return;
      }
      if (size < 8) {
        this.boxBroken = true;
        return;
      }
      this.nextBox = boxStart + size;
      offset = this.nextBox - start;
    }
  }

  async verdict(): Promise<ContentVerdict> {
    if (this.size === 0) return { ok: false, reason: "empty" };
    const detected = await fileTypeFromBuffer(this.head);
    const allowed = detected ? ALLOWED_TYPES[detected.mime] : undefined;
    if (!detected || !allowed) return { ok: false, reason: "unsupported" };
    return this.complete(detected.mime) ? { ok: true, mime: detected.mime, ext: allowed.ext } : { ok: false, reason: "truncated" };
  }

  /** Each format's own end marker or length field, checked against what actually arrived. */
  private complete(mime: string): boolean {
    const tail = this.tail;
    switch (mime) {
      case "application/pdf":
        return latin1(tail).includes("%%EOF");
      case "image/png":
        return endsWith(tail, [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
      case "image/jpeg":
        return hasEndOfImage(tail);
      case "image/webp": {
        const declared = new DataView(this.head.buffer, this.head.byteOffset).getUint32(4, true) + 8;
        return this.size >= 12 && (this.size === declared || this.size === declared + 1);
      }
      default:
        return !this.boxBroken && this.boxHeader.length === 0 && (this.boxOpenEnded || this.nextBox === this.size);
    }
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("latin1");
}

function endsWith(bytes: Uint8Array, suffix: number[]): boolean {
  if (bytes.length < suffix.length) return false;
  return suffix.every((b, i) => bytes[bytes.length - suffix.length + i] === b);
}

// Cameras pad or append data after the end-of-image marker; look for it near the end, past any zeros.
function hasEndOfImage(tail: Uint8Array): boolean {
  let end = tail.length;
  while (end > 0 && tail[end - 1] === 0) end--;
  for (let i = end - 2; i >= 0; i--) if (tail[i] === 0xff && tail[i + 1] === 0xd9) return true;
  return false;
}

/** Checks a whole file held in memory (tests, small samples). */
export async function inspectBytes(bytes: Uint8Array): Promise<ContentVerdict> {
  const inspector = new ContentInspector();
  inspector.push(bytes);
  return inspector.verdict();
}
