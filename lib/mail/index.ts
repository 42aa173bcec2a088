import nodemailer from "nodemailer";

export type MailMessage = { to: string; subject: string; text: string };

/** Mail goes out only when an SMTP server is configured; otherwise callers show the content instead. */
export function mailConfigured(): boolean {
  return Boolean(process.env.SMTP_HOST);
}

export async function sendMail(message: MailMessage): Promise<void> {
  const transport = nodemailer.createTransport({
    host: process.env.SMTP_HOST,
    port: Number(process.env.SMTP_PORT ?? 587),
    secure: process.env.SMTP_SECURE === "true",
    auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASSWORD ?? "" } : undefined,
  });
  await transport.sendMail({ from: process.env.SMTP_FROM ?? "Accord <no-reply@localhost>", ...message });
}
