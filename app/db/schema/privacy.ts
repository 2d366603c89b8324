import { boolean, index, integer, pgEnum, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { consentPurposes, correctionStatuses } from "../../modules/privacy/values";
import { user } from "./auth";
import { centres } from "./centres";
import { createdAt, id } from "./columns";

const centreId = () =>
  uuid()
    .notNull()
    .references(() => centres.id, { onDelete: "cascade" });

export const consentPurposeEnum = pgEnum("consent_purpose", consentPurposes);
export const correctionStatusEnum = pgEnum("correction_status", correctionStatuses);

/**
 * Each decision a person made about one purpose: given or withdrawn, with the version of the text.
 * Never changed; the newest row per person and purpose is what holds now.
 */
export const consents = pgTable(
  "consents",
  {
    id: id(),
    centreId: centreId(),
    userId: uuid()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    purpose: consentPurposeEnum().notNull(),
    given: boolean().notNull(),
    textVersion: text().notNull(),
    decidedAt: createdAt(),
  },
  (t) => [index().on(t.centreId, t.userId, t.purpose, t.decidedAt)],
);

/** A person asks the centre to correct something it holds about them; a coordinator answers. */
export const correctionRequests = pgTable(
  "correction_requests",
  {
    id: id(),
    centreId: centreId(),
    userId: uuid()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    /** Which part of "Mijn gegevens" it is about (a holding's key), or empty for "something else". */
    about: text().default("").notNull(),
    message: text().notNull(),
    status: correctionStatusEnum().default("open").notNull(),
    answer: text(),
    answeredBy: uuid().references(() => user.id, { onDelete: "set null" }),
    answeredAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.centreId, t.status, t.createdAt)],
);

/** The centre's own retention period for a kind of record (`retentionKinds` holds the defaults). */
export const retentionSettings = pgTable(
  "retention_settings",
  {
    id: id(),
    centreId: centreId(),
    kind: text().notNull(),
    months: integer().notNull(),
    updatedAt: createdAt(),
  },
  (t) => [unique().on(t.centreId, t.kind)],
);
