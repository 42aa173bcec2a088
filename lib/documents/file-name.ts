export const MAX_FILE_NAME_LENGTH = 200;
const FALLBACK_NAME = "document";

// C0/C1 controls and DEL; bidi embeddings, overrides and isolates (U+202E can make "gpj.exe" read as
// "exe.jpg"); LRM/RLM/ALM. The zero-width joiner stays: emoji sequences need it.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;

function graphemes(text: string): string[] {
  return Array.from(new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text), (s) => s.segment);
}

/**
 * A display-only name for an uploaded file: never a path. Keeps Chinese and emoji, drops folders,
 * control and bidi characters, and shortens to 200 characters (whole characters, extension kept).
 */
export function sanitizeFileName(raw: string): string {
  const base = raw.normalize("NFC").replace(/[\t\n\v\f\r]/g, " ").replace(UNSAFE, "").split(/[/\\]/).pop() ?? "";
  const cleaned = base.replace(/\s+/g, " ").replace(/^[\s.]+|[\s.]+$/g, "");
  if (!cleaned) return FALLBACK_NAME;
  const chars = graphemes(cleaned);
  if (chars.length <= MAX_FILE_NAME_LENGTH) return cleaned;
  const dot = cleaned.lastIndexOf(".");
  const ext = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : "";
  const stem = graphemes(ext ? cleaned.slice(0, dot) : cleaned);
  return stem.slice(0, MAX_FILE_NAME_LENGTH - graphemes(ext).length).join("").trimEnd() + ext;
}

/** The URL-encoded name an upload sends; a malformed encoding falls back to the raw text. */
export function decodeFileName(encoded: string | null | undefined): string {
  if (!encoded) return FALLBACK_NAME;
  try {
    return sanitizeFileName(decodeURIComponent(encoded));
  } catch {
    return sanitizeFileName(encoded);
  }
}

/**
 * A Content-Disposition value every browser reads correctly: an ASCII fallback for old clients and
 * the real UTF-8 name in RFC 5987 form.
 */
export function contentDisposition(type: "attachment" | "inline", name: string): string {
  const safe = sanitizeFileName(name);
  const ascii = safe.replace(/[^\x20-\x7e]/g, "_").replace(/["\\%;]/g, "_");
  const encoded = encodeURIComponent(safe).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
