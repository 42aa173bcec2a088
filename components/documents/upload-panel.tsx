"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useRef, useState, type DragEvent } from "react";
import { buttonClassName } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { SelectField } from "@/components/ui/field";
import { SensitiveConsent, type PortalConsent } from "@/components/portal/sensitive-consent";
import { UploadItem, type UploadState } from "./upload-item";
import { sendFile } from "./upload-xhr";

type Props = {
  clientId?: string;
  kinds: readonly string[];
  requests: { id: string; title: string; kind: string }[];
  defaultRequestId?: string;
  maxBytes: number;
  accept: string;
  /** Portal only, while the client has no sensitive-data consent in force: the wording to agree to. */
  consent?: PortalConsent;
};

/** Several files at once, by picker or drag and drop; each uploads on its own with progress and cancel. */
export function UploadPanel({ clientId, kinds, requests, defaultRequestId, maxBytes, accept, consent }: Props) {
  const t = useTranslations("documents");
  const router = useRouter();
  const ids = useId();
  const initialRequest = requests.find((r) => r.id === defaultRequestId);
  const [kind, setKind] = useState(initialRequest?.kind ?? kinds[0] ?? "other");
  const [requestId, setRequestId] = useState(initialRequest?.id ?? "");
  const [items, setItems] = useState<UploadState[]>([]);
  const [dragging, setDragging] = useState(false);
  const [agreed, setAgreed] = useState(false);
  const asksConsent = Boolean(consent?.kinds.includes(kind));
  const cancels = useRef(new Map<string, () => void>());
  const input = useRef<HTMLInputElement>(null);
  const maxMb = Math.round((maxBytes / (1024 * 1024)) * 10) / 10;

  const update = (id: string, patch: Partial<UploadState>) => setItems((all) => all.map((i) => (i.id === id ? { ...i, ...patch } : i)));

  function start(item: UploadState) {
    if (item.file.size > maxBytes) {
      update(item.id, { status: "failed", message: t("upload.tooLarge", { max: maxMb }) });
      return;
    }
    update(item.id, { status: "uploading", progress: 0, message: undefined });
    const target = { clientId, kind, requestId: requestId || undefined, consent: asksConsent && agreed ? consent?.version : undefined };
    const { promise, cancel } = sendFile(item.file, target, item.key, {
      onProgress: (progress) => update(item.id, { progress }),
      fallbackError: t("upload.failed"),
    });
    cancels.current.set(item.id, cancel);
    void promise.then((result) => {
      cancels.current.delete(item.id);
      if (result.ok) {
        update(item.id, { status: "done", progress: 1 });
        router.refresh();
      } else {
        update(item.id, { status: result.cancelled ? "cancelled" : "failed", message: result.cancelled ? undefined : result.message });
        // Withdrawn since the page was drawn: the refresh brings the wording to agree to.
        if (result.code === "consent_required") router.refresh();
      }
    });
  }

  function add(files: FileList | null) {
    if (!files?.length) return;
    const added = Array.from(files, (file) => ({ id: crypto.randomUUID(), key: crypto.randomUUID(), file, progress: 0, status: "uploading" as const }));
    setItems((all) => [...added, ...all]);
    added.forEach(start);
    if (input.current) input.current.value = "";
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    add(event.dataTransfer.files);
  }

  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField id={`${ids}-kind`} label={t("upload.kindLabel")} value={kind} onChange={(e) => setKind(e.target.value)}>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </SelectField>
        {requests.length ? (
          <SelectField
            id={`${ids}-request`}
            label={t("upload.requestLabel")}
            value={requestId}
            onChange={(e) => {
              setRequestId(e.target.value);
              const match = requests.find((r) => r.id === e.target.value);
              if (match) setKind(match.kind);
            }}
          >
            <option value="">{t("upload.noRequest")}</option>
            {requests.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
          </SelectField>
        ) : null}
      </div>
      {asksConsent && consent ? (
        <SensitiveConsent id={`${ids}-consent`} wording={consent.wording} checked={agreed} onChange={setAgreed} />
      ) : kind.startsWith("hardship_") ? (
        <p className="text-sm text-ink-muted">{t("upload.sensitiveHint")}</p>
      ) : null}
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={cn(
          "flex flex-col items-center gap-3 rounded-[var(--radius-card)] border-2 border-dashed px-4 py-8 text-center",
          dragging ? "border-brand-600 bg-brand-50" : "border-line-strong",
        )}
      >
        <p className="font-medium">{t("upload.drop")}</p>
        <p className="text-sm text-ink-muted">{t("upload.or")}</p>
        <input
          ref={input}
          id={`${ids}-files`}
          type="file"
          multiple
          accept={accept}
          className="peer sr-only"
          aria-describedby={`${ids}-hint`}
          onChange={(e) => add(e.target.files)}
        />
        {/* The visible control is the input's label, so a keyboard focus on the input shows on it. */}
        <label
          htmlFor={`${ids}-files`}
          className={buttonClassName("primary", "lg", "cursor-pointer peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600")}
        >
          {t("upload.choose")}
        </label>
        <p id={`${ids}-hint`} className="text-sm text-ink-muted">
          {t("upload.hint", { max: maxMb })}
        </p>
      </div>
      {items.length ? (
        <ul aria-label={t("upload.listLabel")} className="space-y-2">
          {items.map((item) => (
            <UploadItem key={item.id} item={item} onCancel={() => cancels.current.get(item.id)?.()} onRetry={() => start(item)} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}
