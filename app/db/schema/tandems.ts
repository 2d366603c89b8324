import {
  boolean,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { evaluationSides, logSides, tandemStatuses } from "../../modules/tandems/values";
import { user } from "./auth";
import { centres } from "./centres";
import { clientContacts, clients } from "./clients";
import { createdAt, id, updatedAt } from "./columns";
import { experts } from "./pool";

const centreId = () =>
  uuid()
    .notNull()
    .references(() => centres.id, { onDelete: "cascade" });

export const tandemStatusEnum = pgEnum("tandem_status", tandemStatuses);
export const tandemLogSideEnum = pgEnum("tandem_log_side", logSides);
export const tandemEvaluationSideEnum = pgEnum("tandem_evaluation_side", evaluationSides);

/**
 * A tandem: an expert and a named professional at a client working side by side for a while. The
 * professional is a client contact (who may have a login) or, without a contact record, a name,
 * e-mail and function typed in. Its meetings count as the expert's inzet (see inzet_moments).
 */
export const tandems = pgTable(
  "tandems",
  {
    id: id(),
    centreId: centreId(),
    clientId: uuid()
      .notNull()
      .references(() => clients.id, { onDelete: "restrict" }),
    expertId: uuid()
      .notNull()
      .references(() => experts.id, { onDelete: "restrict" }),
    contactId: uuid().references(() => clientContacts.id, { onDelete: "set null" }),
    /** The professional without a contact record (empty when contactId is set). */
    professionalName: text().default("").notNull(),
    professionalEmail: text().default("").notNull(),
    professionalRole: text().default("").notNull(),
    purpose: text().notNull(),
    startsOn: date({ mode: "string" }).notNull(),
    endsOn: date({ mode: "string" }).notNull(),
    status: tandemStatusEnum().default("planned").notNull(),
    /** Why it stopped early (staff only). */
    stopReason: text().default("").notNull(),
    createdBy: uuid().references(() => user.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index().on(t.centreId, t.status),
    index().on(t.expertId),
    index().on(t.contactId),
    index().on(t.clientId),
  ],
);

/** A meeting of a tandem: when, and where or online. */
export const tandemMeetings = pgTable(
  "tandem_meetings",
  {
    id: id(),
    centreId: centreId(),
    tandemId: uuid()
      .notNull()
      .references(() => tandems.id, { onDelete: "cascade" }),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    online: boolean().default(false).notNull(),
    place: text().default("").notNull(),
    note: text().default("").notNull(),
    createdBy: uuid().references(() => user.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.tandemId, t.startsAt), index().on(t.centreId, t.startsAt)],
);

/** The tandem's short shared log: the expert, the professional and staff add lines. */
export const tandemLog = pgTable(
  "tandem_log",
  {
    id: id(),
    centreId: centreId(),
    tandemId: uuid()
      .notNull()
      .references(() => tandems.id, { onDelete: "cascade" }),
    authorId: uuid().references(() => user.id, { onDelete: "set null" }),
    side: tandemLogSideEnum().notNull(),
    body: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.tandemId, t.createdAt)],
);

/** Each side's evaluation at the end: a score 1–5 and a short text; one per side. */
export const tandemEvaluations = pgTable(
  "tandem_evaluations",
  {
    id: id(),
    centreId: centreId(),
    tandemId: uuid()
      .notNull()
      .references(() => tandems.id, { onDelete: "cascade" }),
    side: tandemEvaluationSideEnum().notNull(),
    score: integer().notNull(),
    comment: text().default("").notNull(),
    authorId: uuid().references(() => user.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [unique().on(t.tandemId, t.side)],
);
