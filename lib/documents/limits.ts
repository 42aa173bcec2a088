/** Largest file accepted, per file (UPLOAD_MAX_BYTES overrides; default 20 MiB). */
export function maxUploadBytes(): number {
  const configured = Number(process.env.UPLOAD_MAX_BYTES);
  return Number.isInteger(configured) && configured > 0 ? configured : 20 * 1024 * 1024;
}

/** Objects younger than this are never swept: their upload may still be committing its row. */
export const ORPHAN_GRACE_MINUTES = 30;

/** Withdrawn documents keep their file this long before an admin purge may remove it. */
export function retentionDays(): number {
  const configured = Number(process.env.DOCUMENT_RETENTION_DAYS);
  return Number.isInteger(configured) && configured >= 0 ? configured : 90;
}

/** What the browser's file picker offers; the server still decides by content, not by this list. */
export const ACCEPT_ATTRIBUTE = ".pdf,.jpg,.jpeg,.png,.webp,.heic,.heif,application/pdf,image/jpeg,image/png,image/webp,image/heic,image/heif";

/** Shown inline in a sandboxed preview; HEIC (which browsers rarely render) is download-only. */
export const PREVIEWABLE_TYPES: readonly string[] = ["application/pdf", "image/jpeg", "image/png", "image/webp"];

/** Longest reason for rejecting a document (the client reads it) and for withdrawing one (the case history keeps it). */
export const REJECT_REASON_MAX = 1000;
export const WITHDRAW_REASON_MAX = 500;
