import {
  boolean,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { assignmentStatuses, requestSources, requestStatuses } from "../values";
import { user } from "./auth";
import { centres } from "./centres";
import { clientContacts, clients } from "./clients";
import { createdAt, id, updatedAt } from "./columns";
import { areas, experts, themes, workForms } from "./pool";

export type { AssignmentStatus, RequestStatus } from "../values";
export { assignmentStatuses, requestSources, requestStatuses };

const centreId = () =>
  uuid()
    .notNull()
    .references(() => centres.id, { onDelete: "cascade" });

export const requestStatusEnum = pgEnum("request_status", requestStatuses);

export const requestSourceEnum = pgEnum("request_source", requestSources);

/** An aanvraag: a client asks for the temporary inzet of one or more experts. */
export const requests = pgTable(
  "requests",
  {
    id: id(),
    centreId: centreId(),
    /** Per-centre number people can say on the phone ("aanvraag 14"). */
    number: integer().notNull(),
    clientId: uuid().references(() => clients.id, { onDelete: "restrict" }),
    contactId: uuid().references(() => clientContacts.id, { onDelete: "set null" }),
    workFormId: uuid().references(() => workForms.id, { onDelete: "set null" }),
    title: text().notNull(),
    description: text().default("").notNull(),
    online: boolean().default(false).notNull(),
    place: text().default("").notNull(),
    areaId: uuid().references(() => areas.id, { onDelete: "set null" }),
    /** A period instead of fixed dates ("some time in March"). Dates inclusive. */
    periodStart: date({ mode: "string" }),
    periodEnd: date({ mode: "string" }),
    expertsNeeded: integer().default(1).notNull(),
    budgetNote: text().default("").notNull(),
    status: requestStatusEnum().default("new").notNull(),
    cancelReason: text(),
    source: requestSourceEnum().default("staff").notNull(),
    /** What a client sent through the public form, before a coordinator links it to a client. */
    submittedBy: text(),
    createdBy: uuid().references(() => user.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [unique().on(t.centreId, t.number), index().on(t.centreId, t.status), index().on(t.clientId)],
);

export const requestThemes = pgTable(
  "request_themes",
  {
    centreId: centreId(),
    requestId: uuid()
      .notNull()
      .references(() => requests.id, { onDelete: "cascade" }),
    themeId: uuid()
      .notNull()
      .references(() => themes.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.themeId] })],
);

/** A date and time the work takes place (one request may have several). */
export const requestSlots = pgTable(
  "request_slots",
  {
    id: id(),
    centreId: centreId(),
    requestId: uuid()
      .notNull()
      .references(() => requests.id, { onDelete: "cascade" }),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    /** The SEQUENCE of this date's event in the client's calendar (UID from the slot id); raised on every change. */
    calendarSequence: integer().default(0).notNull(),
    /** When the client's contact last got this date's calendar event (null: never, so no update or cancel is due). */
    calendarSentAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.requestId), index().on(t.centreId, t.startsAt), index().on(t.centreId, t.endsAt)],
);

export const assignmentStatusEnum = pgEnum("assignment_status", assignmentStatuses);

/**
 * An inzet: one expert on one request. Starts as an offer; the expert accepts or declines;
 * the coordinator confirms. Afterwards the expert records hours and travel.
 */
export const assignments = pgTable(
  "assignments",
  {
    id: id(),
    centreId: centreId(),
    requestId: uuid()
      .notNull()
      .references(() => requests.id, { onDelete: "cascade" }),
    expertId: uuid()
      .notNull()
      .references(() => experts.id, { onDelete: "cascade" }),
    status: assignmentStatusEnum().default("offered").notNull(),
    responseReason: text(),
    offeredBy: uuid().references(() => user.id, { onDelete: "set null" }),
    offeredAt: createdAt(),
    respondedAt: timestamp({ withTimezone: true }),
    confirmedAt: timestamp({ withTimezone: true }),
    reminderSentAt: timestamp({ withTimezone: true }),
    minutesWorked: integer(),
    travelKm: integer(),
    travelCostCents: integer(),
    hoursLoggedAt: timestamp({ withTimezone: true }),
    /** The expert's own short note with the hours (e.g. what the travel was). */
    hoursNote: text(),
    updatedAt: updatedAt(),
  },
  (t) => [unique().on(t.requestId, t.expertId), index().on(t.centreId, t.expertId, t.status)],
);

/** The client's short evaluation after the work, through a link with a secret token. */
export const evaluations = pgTable(
  "evaluations",
  {
    id: id(),
    centreId: centreId(),
    requestId: uuid()
      .notNull()
      .references(() => requests.id, { onDelete: "cascade" })
      .unique(),
    tokenHash: text().notNull().unique(),
    sentAt: createdAt(),
    score: integer(),
    wentWell: text(),
    quote: text(),
    quotePublic: boolean().default(false).notNull(),
    submittedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.centreId, t.submittedAt)],
);
