import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { log } from "~/lib/log.server";

export type Mail = {
  to: string;
  /** The display name of the sender (the centre's name); the address is always MAIL_FROM's. */
  fromName?: string;
  replyTo?: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: { filename: string; content: string; contentType: string }[];
};

/** MAIL_FROM as "Name <address>" or a bare address; its address is the envelope sender of every mail. */
export function mailFrom(value = process.env.MAIL_FROM ?? "Tandem <tandem@localhost>"): {
  name: string;
  address: string;
} {
  const match = value.match(/^\s*(.*?)\s*<([^>]+)>\s*$/);
  if (match) return { name: match[1].replace(/^"|"$/g, ""), address: match[2].trim() };
  return { name: "Tandem", address: value.trim() };
}

let transporter: Transporter | undefined;

/**
 * Real SMTP when SMTP_URL is set (smtp://user:pass@host:port). Without it (development, a laptop),
 * each message is written as an .eml file to OUTBOX_DIR (default ./outbox) to open in any mail program.
 */
function transport(): Transporter {
  if (transporter) return transporter;
  transporter = process.env.SMTP_URL
    ? nodemailer.createTransport(process.env.SMTP_URL)
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return transporter;
}

export function resetMailTransport(): void {
  transporter = undefined;
}

export async function sendMail(mail: Mail): Promise<void> {
  const { fromName, ...rest } = mail;
  const configured = mailFrom();
  const from = { name: fromName || configured.name, address: configured.address };
  const info = await transport().sendMail({ ...rest, from });
  if (!process.env.SMTP_URL) {
    const dir = process.env.OUTBOX_DIR ?? "./outbox";
    mkdirSync(dir, { recursive: true });
    const file = join(
      dir,
      `${new Date().toISOString().replace(/[:.]/g, "-")}-${info.messageId.replace(/[^a-z0-9]/gi, "")}.eml`,
    );
    writeFileSync(file, (info as unknown as { message: Buffer }).message);
  }
  log.info({ mail: "sent", subjectLength: mail.subject.length }, "mail sent");
}
