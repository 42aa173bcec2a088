import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { mailConfigured, sendMail } from "./index";

// A throw-away SMTP server on 127.0.0.1 that keeps what it receives.
const received: string[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, _session, callback) {
    let data = "";
    stream.on("data", (chunk: Buffer) => (data += chunk.toString("utf8")));
    stream.on("end", () => {
      received.push(data);
      callback();
    });
  },
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.server.address();
  process.env.SMTP_HOST = "127.0.0.1";
  process.env.SMTP_PORT = String(typeof address === "object" && address ? address.port : 0);
  process.env.SMTP_FROM = "Accord <no-reply@accord.test>";
});

afterAll(async () => {
  delete process.env.SMTP_HOST;
  delete process.env.SMTP_PORT;
  delete process.env.SMTP_FROM;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("mail", () => {
  it("is off without an SMTP host and on with one", () => {
    expect(mailConfigured()).toBe(true);
    const host = process.env.SMTP_HOST;
    delete process.env.SMTP_HOST;
    expect(mailConfigured()).toBe(false);
    process.env.SMTP_HOST = host;
  });

  it("delivers a message with a Chinese subject to the SMTP server", async () => {
    await sendMail({ to: "zhang@example.com", subject: "开通客户门户", text: "请打开链接设置密码：http://127.0.0.1/invite/abc" });
    expect(received).toHaveLength(1);
    expect(received[0]).toContain("To: zhang@example.com");
    expect(received[0]).toMatch(/Subject: =\?UTF-8\?/);
    expect(received[0]).toContain("invite/abc");
  });
});
