import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { centres } from "./centres";
import { createdAt, id } from "./columns";

/** Who did what to which record, and who read an expert's private notes. No personal data in `detail`. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: id(),
    centreId: uuid()
      .notNull()
      .references(() => centres.id, { onDelete: "cascade" }),
    userId: uuid().references(() => user.id, { onDelete: "set null" }),
    action: text().notNull(),
    entity: text().notNull(),
    entityId: uuid(),
    detail: jsonb().$type<Record<string, unknown>>().default({}).notNull(),
    at: createdAt(),
  },
  (t) => [index().on(t.centreId, t.entity, t.entityId), index().on(t.centreId, t.at)],
);

/** Scheduled work (reminders, mail) in the database, so several app processes share it. */
export const jobs = pgTable(
  "jobs",
  {
    id: id(),
    kind: text().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().default({}).notNull(),
    runAt: timestamp({ withTimezone: true }).defaultNow().notNull(),
    lockedUntil: timestamp({ withTimezone: true }),
    attempts: integer().default(0).notNull(),
    lastError: text(),
    doneAt: timestamp({ withTimezone: true }),
    /** Same key, same job: a reminder is planned once. */
    dedupeKey: text().unique(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.doneAt, t.runAt)],
);

/** Fixed-window counters for rate limits outside auth (the public request form). */
export const rateCounters = pgTable("rate_counters", {
  key: text().primaryKey(),
  windowStart: timestamp({ withTimezone: true }).notNull(),
  count: integer().notNull(),
});

/** Settings of this installation (e.g. the generated auth secret when AUTH_SECRET is not set). */
export const appSettings = pgTable("app_settings", {
  key: text().primaryKey(),
  value: text().notNull(),
  updatedAt: createdAt(),
});
