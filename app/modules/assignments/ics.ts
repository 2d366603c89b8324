import { createEvents, type EventAttributes } from "ics";

/** A calendar file (.ics) with one event per slot of an inzet. Times are UTC; calendars show local time. */
export function buildIcs(input: {
  uid: string;
  title: string;
  description: string;
  location: string;
  slots: { startsAt: Date; endsAt: Date }[];
}): string {
  const events: EventAttributes[] = input.slots.map((slot, index) => ({
    uid: `${input.uid}-${index}@tandem`,
    title: input.title,
    description: input.description,
    location: input.location,
    start: slot.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: slot.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    status: "CONFIRMED",
    productId: "tandem/ics",
  }));
  const { error, value } = createEvents(events);
  if (error || !value) throw new Error("calendar file could not be made");
  return value;
}
