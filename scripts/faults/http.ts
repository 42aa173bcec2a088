import http from "node:http";

/** A tiny cookie-keeping client for one signed-in person (Auth.js credentials endpoint). */
export class Session {
  private cookies = new Map<string, string>();
  constructor(readonly origin: string) {}

  private remember(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const index = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, index), pair!.slice(index + 1));
    }
  }

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set("cookie", this.cookieHeader);
    if (init.method && init.method !== "GET") headers.set("origin", this.origin);
    const response = await fetch(`${this.origin}${url}`, { ...init, headers, redirect: "manual" });
    this.remember(response);
    return response;
  }

  async signIn(email: string, password: string): Promise<void> {
    const { csrfToken } = (await (await this.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    const body = new URLSearchParams({ email, password, csrfToken, callbackUrl: `${this.origin}/dashboard` });
    await this.fetch("/api/auth/callback/credentials", { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded" } });
    if (![...this.cookies.keys()].some((k) => k.includes("session-token"))) throw new Error(`sign-in as ${email} gave no session cookie`);
  }
}

/**
 * An upload streamed slowly through a raw socket, so the test can kill the server half way.
 * Resolves once `killAfterBytes` have been written; the request then stays open.
 */
export function slowUpload(session: Session, url: string, totalBytes: number, killAfterBytes: number): Promise<void> {
  return new Promise((resolve) => {
    const target = new URL(`${session.origin}${url}`);
    const request = http.request(target, {
      method: "POST",
      headers: { cookie: session.cookieHeader, origin: session.origin, "content-type": "application/pdf", "content-length": String(totalBytes) },
    });
    request.on("error", () => {});
    let sent = 0;
    const head = Buffer.from("%PDF-1.7\n");
    const pump = () => {
      if (sent >= killAfterBytes) return resolve();
      const chunk = sent === 0 ? Buffer.concat([head, Buffer.alloc(64 * 1024 - head.length, 0x20)]) : Buffer.alloc(64 * 1024, 0x20);
      sent += chunk.length;
      request.write(chunk, () => setTimeout(pump, 5));
    };
    pump();
  });
}
