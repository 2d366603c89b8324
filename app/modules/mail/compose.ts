import { mail as en } from "~/i18n/en/mail";
import { mail as nl } from "~/i18n/nl/mail";
import type { Locale } from "~/i18n/resources";
import type { Mail } from "./send.server";

export type MailTexts = typeof nl;
const texts: Record<Locale, MailTexts> = { nl, en };

/** The mail texts in a person's language (Dutch when none is known). */
export function mailTexts(locale: Locale | null | undefined): MailTexts {
  return texts[locale ?? "nl"] ?? nl;
}

/** Fills `{{name}}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

/** Who a mail comes from: the centre (its name, contact) and whom a reply reaches. */
export type Sender = {
  centreName: string;
  /** The centre's short name, so a sign-in link can show the centre's own header. */
  centreSlug?: string;
  contactEmail: string | null;
  contactPhone: string | null;
  /** The coordinator who acted, else the centre's contact address. */
  replyTo: string | null;
};

/** One person a mail goes to, in their own language. */
export type Recipient = { to: string; locale: Locale };

/** A paragraph, a list of facts (label: value), or a link with the line that introduces it. */
export type Block = string | { facts: [label: string, value: string][] } | { intro: string; href: string };

export type Message = {
  subject: string;
  greeting: string;
  blocks: Block[];
  attachments?: Mail["attachments"];
};

const escapeHtml = (value: string) =>
  value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");

const htmlLines = (value: string) => value.split("\n").map(escapeHtml).join("<br>");

function signatureLines(sender: Sender): string[] {
  return [sender.centreName, sender.contactEmail, sender.contactPhone].filter((v): v is string => Boolean(v));
}

function textOf(message: Message, regards: string, sender: Sender): string {
  const parts = message.blocks.map((block) => {
    if (typeof block === "string") return block;
    if ("facts" in block)
      return block.facts
        .map(([label, value]) => (value.includes("\n") ? `${label}:\n${value}` : `${label}: ${value}`))
        .join("\n");
    return `${block.intro}\n${block.href}`;
  });
  return [message.greeting, ...parts, [regards, ...signatureLines(sender)].join("\n")].join("\n\n");
}

function htmlOf(message: Message, locale: Locale, regards: string, sender: Sender): string {
  const body = message.blocks.map((block) => {
    if (typeof block === "string") return `<p>${htmlLines(block)}</p>`;
    if ("facts" in block)
      return `<dl>${block.facts
        .map(([label, value]) => `<dt><strong>${escapeHtml(label)}</strong></dt><dd>${htmlLines(value)}</dd>`)
        .join("")}</dl>`;
    const href = escapeHtml(block.href);
    return `<p>${htmlLines(block.intro)}<br><a href="${href}">${href}</a></p>`;
  });
  const [name, ...contact] = signatureLines(sender);
  const contactHtml = contact.map((line) =>
    line === sender.contactEmail
      ? `<a href="mailto:${escapeHtml(line)}">${escapeHtml(line)}</a>`
      : escapeHtml(line),
  );
  return [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(message.subject)}</title></head>`,
    `<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a;">`,
    `<p>${escapeHtml(message.greeting)}</p>`,
    ...body,
    `<p>${[escapeHtml(regards), escapeHtml(name ?? ""), ...contactHtml].join("<br>")}</p>`,
    "</body></html>",
  ].join("\n");
}

/**
 * One mail from the centre: plain text and an HTML alternative with the same content (escaped),
 * signed with the centre's name and contact, in the recipient's language.
 */
export function composeMail(recipient: Recipient, sender: Sender, message: Message): Mail {
  const regards = mailTexts(recipient.locale).signature.regards;
  return {
    to: recipient.to,
    fromName: sender.centreName,
    replyTo: sender.replyTo ?? sender.contactEmail ?? undefined,
    subject: message.subject,
    text: textOf(message, regards, sender),
    html: htmlOf(message, recipient.locale, regards, sender),
    attachments: message.attachments,
  };
}
