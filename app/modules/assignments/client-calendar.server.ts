import { and, eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { assignments, experts, requestSlots } from "~/db/schema";
import type { Locale } from "~/i18n/resources";
import type { Actor } from "~/modules/accounts/actor";
import { fill, mailTexts, type Sender } from "~/modules/mail/compose";
import { queueMail } from "~/modules/mail/queue.server";
import { mailFrom } from "~/modules/mail/send.server";
import { mailSender } from "~/modules/mail/sender.server";
import { buildIcs, slotUid } from "./ics";
import {
  clientCancelledMail,
  clientConfirmationMail,
  clientDatesChangedMail,
  clientWithdrawnMail,
  whereText,
} from "./mails";
import { clientContact, type RequestInfo, requestInfo } from "./request-info.server";

/**
 * The client's calendar: one event per date (slot), UID from the slot's id, the centre as ORGANIZER.
 * Every later message about a date the client already got (an update, a cancellation) has the same UID
 * and a higher SEQUENCE, kept in request_slots.calendar_sequence. A request without dates gets no file.
 */
type Who = Actor | { centreId: string; userId: null };
type Slot = RequestInfo["slots"][number];
type Attachment = { filename: string; content: string; contentType: string };

/** First names of the confirmed experts of a request (what the client may know). */
export async function confirmedFirstNames(tx: Tx, requestId: string): Promise<string[]> {
  const rows = await tx
    .select({ firstName: experts.firstName })
    .from(assignments)
    .innerJoin(experts, eq(experts.id, assignments.expertId))
    .where(and(eq(assignments.requestId, requestId), eq(assignments.status, "confirmed")));
  return rows.map((r) => r.firstName).sort((a, b) => a.localeCompare(b, "nl"));
}

type Context = {
  info: RequestInfo;
  sender: Sender;
  contact: NonNullable<Awaited<ReturnType<typeof clientContact>>>;
  names: string[];
};

async function context(tx: Tx, who: Who, requestId: string): Promise<Context | null> {
  const info = await requestInfo(tx, requestId);
  const contact = await clientContact(tx, info.contactId);
  if (!contact) return null;
  const sender = await mailSender(tx, who);
  return { info, sender, contact, names: await confirmedFirstNames(tx, requestId) };
}

function attachment(
  c: Context,
  slot: Slot,
  sequence: number,
  method: "REQUEST" | "CANCEL",
  locale: Locale,
): Attachment {
  const t = mailTexts(locale).calendar;
  const index = c.info.slots.findIndex((s) => s.id === slot.id) + 1 || 1;
  const description = [
    fill(t.description, { number: c.info.number }),
    c.names.length ? fill(t.experts, { names: c.names.join(", ") }) : "",
  ]
    .filter(Boolean)
    .join(" ");
  const content = buildIcs(
    [
      {
        uid: slotUid(slot.id),
        sequence,
        title: c.info.title,
        description,
        location: whereText(c.info, locale),
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
      },
    ],
    {
      method,
      organizer: { name: c.sender.centreName, email: c.sender.contactEmail ?? mailFrom().address },
      attendee: { name: c.contact.name, email: c.contact.email },
    },
  );
  return {
    filename: fill(t.file, { number: c.info.number, index }),
    content,
    contentType: `text/calendar; charset=utf-8; method=${method}`,
  };
}

/** Invitations (new, or an update of one sent before with SEQUENCE + 1); marks the dates as sent. */
async function invite(tx: Tx, c: Context, slots: Slot[]): Promise<Attachment[]> {
  const files: Attachment[] = [];
  for (const slot of slots) {
    const sequence = slot.calendarSentAt ? slot.calendarSequence + 1 : slot.calendarSequence;
    await tx
      .update(requestSlots)
      .set({ calendarSequence: sequence, calendarSentAt: new Date() })
      .where(eq(requestSlots.id, slot.id));
    files.push(attachment(c, slot, sequence, "REQUEST", c.contact.locale));
  }
  return files;
}

/** Cancellations of dates the client got before (SEQUENCE + 1). Call before a date row is deleted. */
async function cancel(tx: Tx, c: Context, slots: Slot[]): Promise<Attachment[]> {
  const files: Attachment[] = [];
  for (const slot of slots.filter((s) => s.calendarSentAt)) {
    const sequence = slot.calendarSequence + 1;
    await tx.update(requestSlots).set({ calendarSequence: sequence }).where(eq(requestSlots.id, slot.id));
    files.push(attachment(c, slot, sequence, "CANCEL", c.contact.locale));
  }
  return files;
}

/** The request is settled: the contact gets the confirmation and, when dates are fixed, the invitation. */
export async function confirmToClient(tx: Tx, who: Who, requestId: string): Promise<void> {
  const c = await context(tx, who, requestId);
  if (!c) return;
  const files = await invite(tx, c, c.info.slots);
  const r = { to: c.contact.email, locale: c.contact.locale };
  await queueMail(tx, clientConfirmationMail(r, c.sender, c.contact.name, c.info, c.names, files));
}

/** A confirmed expert withdrew: the contact hears it, and the events already sent are updated. */
export async function withdrawalToClient(tx: Tx, who: Who, requestId: string): Promise<void> {
  const c = await context(tx, who, requestId);
  if (!c) return;
  const sent = c.info.slots.filter((s) => s.calendarSentAt);
  if (sent.length === 0) return;
  const files = await invite(tx, c, sent);
  const r = { to: c.contact.email, locale: c.contact.locale };
  await queueMail(tx, clientWithdrawnMail(r, c.sender, c.contact.name, c.info, c.names, files));
}

/** The request is cancelled: the contact gets a mail, with a cancellation for every event sent before. */
export async function cancelToClient(tx: Tx, who: Who, requestId: string): Promise<void> {
  const c = await context(tx, who, requestId);
  if (!c) return;
  const files = await cancel(tx, c, c.info.slots);
  const r = { to: c.contact.email, locale: c.contact.locale };
  await queueMail(tx, clientCancelledMail(r, c.sender, c.contact.name, c.info, files));
}

/**
 * Dates changed. `before` are the dates as they were (with their sequence). When the client's calendar
 * has this request (it is confirmed, or an event went out), changed and new dates are sent as
 * invitations and dropped dates as cancellations, in one mail.
 */
export async function datesChangedToClient(
  tx: Tx,
  who: Who,
  input: { requestId: string; before: Slot[]; confirmed: boolean },
): Promise<void> {
  const c = await context(tx, who, input.requestId);
  if (!c) return;
  const anySent = input.before.some((s) => s.calendarSentAt);
  if (!input.confirmed && !anySent) return;
  const now = new Map(c.info.slots.map((s) => [s.id, s]));
  const dropped = input.before.filter((s) => !now.has(s.id));
  const moved = c.info.slots.filter((s) => {
    const old = input.before.find((b) => b.id === s.id);
    if (!old) return true;
    return (
      old.startsAt.getTime() !== s.startsAt.getTime() ||
      old.endsAt.getTime() !== s.endsAt.getTime() ||
      !s.calendarSentAt
    );
  });
  const files = [...(await invite(tx, c, moved)), ...(await cancel(tx, c, dropped))];
  if (files.length === 0) return;
  const r = { to: c.contact.email, locale: c.contact.locale };
  await queueMail(tx, clientDatesChangedMail(r, c.sender, c.contact.name, c.info, files));
}
