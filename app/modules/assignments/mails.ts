import type { Locale } from "~/i18n/resources";
import { formatDate, formatTime } from "~/lib/dates";
import {
  type Block,
  composeMail,
  fill,
  mailTexts,
  type Recipient,
  type Sender,
} from "~/modules/mail/compose";
import type { Mail } from "~/modules/mail/send.server";

/**
 * The mails of offers and inzet, in plain language (Dutch B1, or English when the person chose it):
 * short sentences, what to do next. Experts read "je", client contacts "u". They never hold private
 * notes, and an expert never sees who else was asked.
 */
export type Info = {
  number: number;
  title: string;
  online: boolean;
  place: string;
  areaName: string | null;
  clientName: string | null;
  slots: { startsAt: Date; endsAt: Date }[];
};

export function whenText(slots: Info["slots"], locale: Locale = "nl"): string {
  const t = mailTexts(locale).facts;
  if (slots.length === 0) return t.dateLater;
  return slots
    .map((s) =>
      fill(t.timeRange, {
        date: formatDate(s.startsAt, locale),
        start: formatTime(s.startsAt, locale),
        end: formatTime(s.endsAt, locale),
      }),
    )
    .join("\n");
}

/** The place, and the area when the place does not already say it ("Meppel", not "Meppel, Meppel"). */
export function whereText(info: Pick<Info, "online" | "place" | "areaName">, locale: Locale = "nl"): string {
  const t = mailTexts(locale).facts;
  if (info.online) return t.online;
  const place = info.place.trim();
  const area = info.areaName?.trim() ?? "";
  const saysArea = area && place.toLocaleLowerCase("nl").includes(area.toLocaleLowerCase("nl"));
  return [place, saysArea ? "" : area].filter(Boolean).join(", ") || t.placeLater;
}

function facts(info: Info, locale: Locale, withClient: boolean): Block {
  const t = mailTexts(locale).facts;
  const rows: [string, string][] = [[t.what, info.title]];
  if (withClient) rows.push([t.forWhom, info.clientName ?? "-"]);
  rows.push([t.where, whereText(info, locale)], [t.when, whenText(info.slots, locale)]);
  return { facts: rows };
}

const hello = (r: Recipient, name: string) => fill(mailTexts(r.locale).hello.je, { name });
const dear = (r: Recipient, name: string) => fill(mailTexts(r.locale).hello.u, { name });
const title = (info: Info) => ({ title: info.title, number: info.number });

export function offerMail(r: Recipient, sender: Sender, firstName: string, info: Info, link: string): Mail {
  const t = mailTexts(r.locale).offer;
  return composeMail(r, sender, {
    subject: fill(t.subject, title(info)),
    greeting: hello(r, firstName),
    blocks: [t.intro, facts(info, r.locale, true), { intro: t.action, href: link }],
  });
}

export function filledMail(r: Recipient, sender: Sender, firstName: string, info: Info, link: string): Mail {
  const t = mailTexts(r.locale).filled;
  return composeMail(r, sender, {
    subject: fill(t.subject, title(info)),
    greeting: hello(r, firstName),
    blocks: [`${fill(t.intro, title(info))}\n${t.thanks}`, link],
  });
}

export function cancelledOfferMail(r: Recipient, sender: Sender, firstName: string, info: Info): Mail {
  const t = mailTexts(r.locale).offerCancelled;
  return composeMail(r, sender, {
    subject: fill(t.subject, title(info)),
    greeting: hello(r, firstName),
    blocks: [`${fill(t.intro, title(info))}\n${t.thanks}`],
  });
}

export function confirmedExpertMail(
  r: Recipient,
  sender: Sender,
  firstName: string,
  info: Info,
  link: string,
): Mail {
  const t = mailTexts(r.locale).confirmed;
  return composeMail(r, sender, {
    subject: fill(t.subject, title(info)),
    greeting: hello(r, firstName),
    blocks: [t.intro, facts(info, r.locale, false), { intro: t.action, href: link }],
  });
}

export function reminderMail(
  r: Recipient,
  sender: Sender,
  firstName: string,
  info: Info,
  link: string,
): Mail {
  const t = mailTexts(r.locale).reminder;
  return composeMail(r, sender, {
    subject: fill(t.subject, title(info)),
    greeting: hello(r, firstName),
    blocks: [t.intro, facts(info, r.locale, false), { intro: t.action, href: link }, t.cannot],
  });
}

/** To the coordinators: an expert cannot come after all. */
export function withdrawnMail(
  r: Recipient,
  sender: Sender,
  expertFirstName: string,
  info: Info,
  reason: string,
  link: string,
): Mail {
  const m = mailTexts(r.locale);
  return composeMail(r, sender, {
    subject: fill(m.withdrawn.subject, title(info)),
    greeting: m.hello.plain,
    blocks: [
      fill(m.withdrawn.intro, { ...title(info), name: expertFirstName }),
      { facts: [[m.facts.reason, reason]] },
      { intro: m.withdrawn.action, href: link },
    ],
  });
}

/** To an expert whose offer or inzet ends because the request is cancelled. */
export function requestCancelledExpertMail(
  r: Recipient,
  sender: Sender,
  firstName: string,
  info: Info,
): Mail {
  const t = mailTexts(r.locale).requestCancelledExpert;
  return composeMail(r, sender, {
    subject: fill(t.subject, title(info)),
    greeting: hello(r, firstName),
    blocks: [`${fill(t.intro, title(info))}\n${t.reminder}`, facts(info, r.locale, false)],
  });
}

/** To an expert whose dates changed (a date moved, was added or was dropped). */
export function datesChangedExpertMail(
  r: Recipient,
  sender: Sender,
  firstName: string,
  info: Info,
  link: string,
): Mail {
  const t = mailTexts(r.locale).datesChangedExpert;
  return composeMail(r, sender, {
    subject: fill(t.subject, title(info)),
    greeting: hello(r, firstName),
    blocks: [fill(t.intro, title(info)), facts(info, r.locale, false), { intro: t.action, href: link }],
  });
}

type Attachments = Mail["attachments"];

/** To the client's contact: the request is settled (with the invitation, or word that the date follows). */
export function clientConfirmationMail(
  r: Recipient,
  sender: Sender,
  contactName: string,
  info: Info,
  firstNames: string[],
  attachments: Attachments,
): Mail {
  const m = mailTexts(r.locale);
  const t = m.clientConfirmation;
  return composeMail(r, sender, {
    subject: fill(t.subject, title(info)),
    greeting: dear(r, contactName),
    blocks: [
      `${fill(t.intro, title(info))}\n${fill(t.who, { names: firstNames.join(", ") })}`,
      {
        facts: [
          [m.facts.where, whereText(info, r.locale)],
          [m.facts.when, whenText(info.slots, r.locale)],
        ],
      },
      attachments?.length ? t.calendar : t.noDate,
    ],
    attachments: attachments?.length ? attachments : undefined,
  });
}

/** To the client's contact: the request is cancelled (with the calendar cancellations, if any). */
export function clientCancelledMail(
  r: Recipient,
  sender: Sender,
  contactName: string,
  info: Info,
  attachments: Attachments,
): Mail {
  const t = mailTexts(r.locale).clientCancelled;
  return composeMail(r, sender, {
    subject: fill(t.subject, title(info)),
    greeting: dear(r, contactName),
    blocks: [fill(t.intro, title(info)), ...(attachments?.length ? [t.calendar] : []), t.questions],
    attachments: attachments?.length ? attachments : undefined,
  });
}

/** To the client's contact: a confirmed expert withdrew; the event is updated (who comes). */
export function clientWithdrawnMail(
  r: Recipient,
  sender: Sender,
  contactName: string,
  info: Info,
  firstNames: string[],
  attachments: Attachments,
): Mail {
  const t = mailTexts(r.locale).clientWithdrawn;
  return composeMail(r, sender, {
    subject: fill(t.subject, title(info)),
    greeting: dear(r, contactName),
    blocks: [
      `${fill(t.intro, title(info))}\n${t.search}`,
      ...(firstNames.length ? [fill(t.who, { names: firstNames.join(", ") })] : []),
      ...(attachments?.length ? [t.calendar] : []),
    ],
    attachments: attachments?.length ? attachments : undefined,
  });
}

/** To the client's contact: a date or time changed (updates, new dates and cancellations attached). */
export function clientDatesChangedMail(
  r: Recipient,
  sender: Sender,
  contactName: string,
  info: Info,
  attachments: Attachments,
): Mail {
  const m = mailTexts(r.locale);
  const t = m.clientDatesChanged;
  return composeMail(r, sender, {
    subject: fill(t.subject, title(info)),
    greeting: dear(r, contactName),
    blocks: [
      fill(t.intro, title(info)),
      {
        facts: [
          [m.facts.where, whereText(info, r.locale)],
          [m.facts.when, whenText(info.slots, r.locale)],
        ],
      },
      t.calendar,
    ],
    attachments,
  });
}
