"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

export type UploadState = {
  id: string;
  file: File;
  key: string;
  progress: number;
  status: "uploading" | "done" | "failed" | "cancelled";
  message?: string;
};

/** One file's row: name, a real progress bar, and cancel or retry. */
export function UploadItem({ item, onCancel, onRetry }: { item: UploadState; onCancel: () => void; onRetry: () => void }) {
  const t = useTranslations("documents.upload");
  const percent = Math.round(item.progress * 100);
  return (
    <li className="space-y-1 rounded-[var(--radius-control)] border border-line p-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="min-w-0 break-all font-medium">{item.file.name}</span>
        {item.status === "uploading" ? (
          <Button variant="ghost" onClick={onCancel} aria-label={t("cancelFile", { name: item.file.name })}>
            {t("cancel")}
          </Button>
        ) : item.status === "failed" || item.status === "cancelled" ? (
          <Button variant="ghost" onClick={onRetry} aria-label={t("retryFile", { name: item.file.name })}>
            {t("retry")}
          </Button>
        ) : null}
      </div>
      <progress
        className={cn("h-2 w-full accent-brand-600", item.status === "failed" && "accent-danger-fg")}
        max={100}
        value={item.status === "done" ? 100 : percent}
        aria-label={t("progress", { name: item.file.name })}
      >
        {percent}%
      </progress>
      {/* The live region changes only when the upload starts and ends; the percentage beside it
          (and the progress bar) are not announced on every tick. */}
      <p className={cn("text-sm", item.status === "failed" ? "text-danger-fg" : "text-ink-muted")}>
        <span role="status">
          {item.status === "uploading" ? t("uploading") : item.status === "done" ? t("done") : item.status === "cancelled" ? t("cancelled") : item.message}
        </span>
        {item.status === "uploading" ? ` ${percent}%` : null}
      </p>
    </li>
  );
}
