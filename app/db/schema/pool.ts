import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { dayParts, expertStatuses } from "../values";
import { user } from "./auth";
import { centres } from "./centres";
import { createdAt, id, updatedAt } from "./columns";

export type { DayPart, ExpertStatus } from "../values";
export { dayParts, expertStatuses };

const centreId = () =>
  uuid()
    .notNull()
    .references(() => centres.id, { onDelete: "cascade" });

/** Lived-experience themes (generatiearmoede, schulden, …): a list each centre edits. */
export const themes = pgTable(
  "themes",
  {
    id: id(),
    centreId: centreId(),
    name: text().notNull(),
    active: boolean().default(true).notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique().on(t.centreId, t.name)],
);

/** Forms of work (workshop, lezing, tandem, …): a list each centre edits. */
export const workForms = pgTable(
  "work_forms",
  {
    id: id(),
    centreId: centreId(),
    name: text().notNull(),
    active: boolean().default(true).notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique().on(t.centreId, t.name)],
);

/** Municipalities and regions where work happens, with a centre point for travel distances. */
export const areas = pgTable(
  "areas",
  {
    id: id(),
    centreId: centreId(),
    name: text().notNull(),
    province: text(),
    /** Centre point in micro-degrees (integer), enough for travel distance in km. */
    latE6: integer(),
    lonE6: integer(),
    createdAt: createdAt(),
  },
  (t) => [unique().on(t.centreId, t.name)],
);

export const expertStatusEnum = pgEnum("expert_status", expertStatuses);

/** An ervaringsdeskundige in the pool. `privateNotes` is for coordinators only, and every read is logged. */
export const experts = pgTable(
  "experts",
  {
    id: id(),
    centreId: centreId(),
    userId: uuid().references(() => user.id, { onDelete: "set null" }),
    firstName: text().notNull(),
    lastName: text().notNull(),
    email: text(),
    phone: text(),
    status: expertStatusEnum().default("in_training").notNull(),
    certifiedOn: date({ mode: "string" }),
    profileText: text().default("").notNull(),
    privateNotes: text().default("").notNull(),
    /**
     * Set when the centre withholds the private notes from the expert's own data (AVG art. 15 lid 4,
     * art. 41 UAVG): the lawful reason's code (`withholdReasons`) and its explanation, which the expert sees.
     */
    notesWithheldReason: text(),
    notesWithheldText: text(),
    homeAreaId: uuid().references(() => areas.id, { onDelete: "set null" }),
    maxTravelKm: integer(),
    acceptsOnline: boolean().default(true).notNull(),
    languages: text().array().default([]).notNull(),
    /**
     * Weekly availability as 21 bits ((weekday - 1) * 3 + day part), kept in step with
     * expert_availability by a trigger (migration 0006), so matching filters 100,000 experts in one scan.
     */
    availabilityMask: integer().default(0).notNull(),
    /** The expert's themes and accepted areas (expert_themes, expert_areas), kept in step by triggers (migration 0007) for matching. */
    themeIds: uuid().array().default([]).notNull(),
    areaIds: uuid().array().default([]).notNull(),
    /**
     * Start of the latest confirmed inzet, done or planned, kept in step with assignments and their
     * slots by triggers (migration 0007). Matching walks the pool in this order: longest waiting first.
     */
    lastInzetAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("experts_centre_status_idx").on(t.centreId, t.status),
    index("experts_centre_user_idx").on(t.centreId, t.userId),
    index("experts_centre_waiting_idx")
      .on(t.centreId, t.lastInzetAt.asc().nullsFirst(), t.id)
      .where(sql`${t.status} = 'active'`),
    index("experts_centre_name_idx").on(t.centreId, t.lastName, t.firstName, t.id),
  ],
);

const expertRef = () =>
  uuid()
    .notNull()
    .references(() => experts.id, { onDelete: "cascade" });

export const expertThemes = pgTable(
  "expert_themes",
  {
    centreId: centreId(),
    expertId: expertRef(),
    themeId: uuid()
      .notNull()
      .references(() => themes.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.expertId, t.themeId] }), index().on(t.themeId)],
);

export const expertWorkForms = pgTable(
  "expert_work_forms",
  {
    centreId: centreId(),
    expertId: expertRef(),
    workFormId: uuid()
      .notNull()
      .references(() => workForms.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.expertId, t.workFormId] }), index().on(t.workFormId)],
);

/** Areas an expert accepts work in (besides their home area within their travel limit). */
export const expertAreas = pgTable(
  "expert_areas",
  {
    centreId: centreId(),
    expertId: expertRef(),
    areaId: uuid()
      .notNull()
      .references(() => areas.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.expertId, t.areaId] }), index().on(t.areaId)],
);

export const dayPartEnum = pgEnum("day_part", dayParts);

/** Weekly availability: ISO weekday (1 = Monday … 7 = Sunday) and part of the day. */
export const expertAvailability = pgTable(
  "expert_availability",
  {
    centreId: centreId(),
    expertId: expertRef(),
    weekday: smallint().notNull(),
    dayPart: dayPartEnum().notNull(),
  },
  (t) => [primaryKey({ columns: [t.expertId, t.weekday, t.dayPart] })],
);

/** A period an expert is away (holiday, illness, a busy time). Dates inclusive. */
export const expertAbsences = pgTable(
  "expert_absences",
  {
    id: id(),
    centreId: centreId(),
    expertId: expertRef(),
    startsOn: date({ mode: "string" }).notNull(),
    endsOn: date({ mode: "string" }).notNull(),
    reason: text().default("").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.expertId, t.startsOn), index().on(t.centreId, t.endsOn)],
);
