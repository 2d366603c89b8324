import { createEvents, type EventAttributes } from "ics";

/** One date of an inzet as a calendar event. `uid` stays the same for the life of the date. */
export type CalendarEvent = {
  uid: string;
  sequence?: number;
  title: string;
  description: string;
  location: string;
  startsAt: Date;
  endsAt: Date;
};

type Person = { name: string; email: string };

/** The UID of a date (slot) in the client's calendar: from the slot's id, never from its position. */
export const slotUid = (slotId: string) => `slot-${slotId}@tandem`;

/** The UID of a date in an expert's own calendar download (a different calendar than the client's). */
export const agendaUid = (assignmentId: string, slotId: string) => `inzet-${assignmentId}-${slotId}@tandem`;

/**
 * A calendar file (.ics). Times are UTC; calendars show local time. With `method` it is an invitation
 * (REQUEST: new or updated, same UID and a higher SEQUENCE) or a cancellation (CANCEL) from the
 * centre as ORGANIZER; without, a plain file to import.
 */
export function buildIcs(
  events: CalendarEvent[],
  options: { method?: "REQUEST" | "CANCEL"; organizer?: Person; attendee?: Person } = {},
): string {
  if (events.length === 0) throw new Error("a calendar file needs at least one date");
  const list: EventAttributes[] = events.map((event) => ({
    uid: event.uid,
    sequence: event.sequence ?? 0,
    title: event.title,
    description: event.description,
    location: event.location,
    start: event.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: event.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    status: options.method === "CANCEL" ? "CANCELLED" : "CONFIRMED",
    organizer: options.organizer,
    attendees: options.attendee
      ? [{ ...options.attendee, rsvp: false, role: "REQ-PARTICIPANT", partstat: "ACCEPTED" }]
      : undefined,
  }));
  const { error, value } = createEvents(list, {
    productId: "tandem/ics",
    ...(options.method ? { method: options.method } : {}),
  });
  if (error || !value) throw new Error("calendar file could not be made");
  return value;
}
