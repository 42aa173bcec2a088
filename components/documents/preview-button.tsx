"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * Shows an image or PDF in the page, loaded from the authorised route with ?inline=1. The route's
 * answer carries its own CSP sandbox (no scripts, an opaque origin), `nosniff` and its sniffed type.
 * The frame itself has no `sandbox` attribute: Chromium will not open its PDF viewer in a sandboxed
 * frame and showed a broken-page icon instead of the document (e2e/preview.spec.ts).
 */
export function PreviewButton({ documentId, name, mimeType }: { documentId: string; name: string; mimeType: string }) {
  const t = useTranslations("documents");
  const [open, setOpen] = useState(false);
  const src = `/api/documents/${documentId}?inline=1`;
  const label = t("previewOf", { name });
  return (
    <div className="space-y-2">
      <Button variant="ghost" aria-expanded={open} onClick={() => setOpen(!open)} aria-label={open ? t("closePreview") : `${t("preview")} — ${name}`}>
        {open ? t("closePreview") : t("preview")}
      </Button>
      {open ? (
        mimeType === "application/pdf" ? (
          <iframe title={label} src={src} className="h-96 w-full rounded border border-line" />
        ) : (
          // eslint-disable-next-line @next/next/no-img-element -- an authorised, uncached route; next/image would cache it
          <img src={src} alt={label} className="max-h-96 max-w-full rounded border border-line" />
        )
      ) : null}
    </div>
  );
}
