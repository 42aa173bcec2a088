/** `consent`: the wording version the client ticked (portal, sensitive evidence). */
export type UploadTarget = { clientId?: string; kind: string; requestId?: string; consent?: string };
export type UploadResult = { ok: true; id: string } | { ok: false; message: string; code?: string; cancelled?: boolean };

/**
 * Sends one file as the raw request body. XMLHttpRequest, not fetch: only XHR reports upload
 * progress. `key` is kept per file so a retry cannot create a second document.
 */
export function sendFile(
  file: File,
  target: UploadTarget,
  key: string,
  handlers: { onProgress: (fraction: number) => void; fallbackError: string },
): { promise: Promise<UploadResult>; cancel: () => void } {
  const xhr = new XMLHttpRequest();
  const query = new URLSearchParams({ kind: target.kind, key, name: encodeURIComponent(file.name) });
  if (target.clientId) query.set("clientId", target.clientId);
  if (target.requestId) query.set("requestId", target.requestId);
  if (target.consent) query.set("consent", target.consent);
  const promise = new Promise<UploadResult>((resolve) => {
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) handlers.onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      let body: { id?: string; message?: string; error?: string } = {};
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        // not JSON: a proxy's error page
      }
      if (xhr.status >= 200 && xhr.status < 300 && body.id) resolve({ ok: true, id: body.id });
      else resolve({ ok: false, message: body.message ?? handlers.fallbackError, code: body.error });
    };
    xhr.onerror = () => resolve({ ok: false, message: handlers.fallbackError });
    xhr.onabort = () => resolve({ ok: false, message: "", cancelled: true });
  });
  xhr.open("POST", `/api/documents/upload?${query}`);
  xhr.setRequestHeader("Content-Type", "application/octet-stream");
  xhr.send(file);
  return { promise, cancel: () => xhr.abort() };
}
