import http from "node:http";
import { Readable } from "node:stream";
import type { RunningServer } from "./server";

const MB = 1024 * 1024;

/** A 20 MB PDF-shaped body produced in 64 KiB chunks, so the client side holds little memory. */
function pdfStream(bytes: number): Readable {
  const head = Buffer.from("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n", "latin1");
  const tail = Buffer.from("\n%%EOF\n", "latin1");
  const filler = Buffer.alloc(64 * 1024, "% filler line for the upload memory benchmark\n");
  let sent = 0;
  return new Readable({
    read() {
      if (sent === 0) {
        this.push(head);
        sent += head.length;
      } else if (sent < bytes - tail.length) {
        const chunk = filler.subarray(0, Math.min(filler.length, bytes - tail.length - sent));
        this.push(chunk);
        sent += chunk.length;
      } else {
        this.push(tail);
        this.push(null);
      }
    },
  });
}

/** Uploads 20 MB through the real route handler and reports how much the server's RSS grew. */
export async function measureUpload(server: RunningServer, cookie: string, clientId: string) {
  const before = server.sample();
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, server.sample())), 50);
  const size = 20 * MB - 1024;
  const url = new URL(`${server.baseUrl}/api/documents/upload?clientId=${clientId}&kind=bank_statement&key=bench${Date.now()}&name=statement.pdf`);
  // node:http rather than fetch: fetch drops the Origin header (a forbidden header name for it).
  const response = await new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: "POST",
        headers: { cookie, origin: server.baseUrl, "content-type": "application/pdf", "content-length": String(size) },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on("error", reject);
    pdfStream(size).pipe(req);
  });
  clearInterval(timer);
  peak = Math.max(peak, server.sample());
  return { status: response.status, body: response.text.slice(0, 200), rssBeforeMiB: before, rssPeakMiB: peak, growthMiB: peak - before };
}
