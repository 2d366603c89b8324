import { date, index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { goalStatuses, trajectoryStatuses } from "../../modules/coaching/values";
import { user } from "./auth";
import { centres } from "./centres";
import { createdAt, id, updatedAt } from "./columns";
import { experts } from "./pool";

const centreId = () =>
  uuid()
    .notNull()
    .references(() => centres.id, { onDelete: "cascade" });

export const trajectoryStatusEnum = pgEnum("coaching_trajectory_status", trajectoryStatuses);
export const goalStatusEnum = pgEnum("coaching_goal_status", goalStatuses);

/** A coaching trajectory (begeleidingstraject) of one expert with one coach, a staff member. */
export const coachingTrajectories = pgTable(
  "coaching_trajectories",
  {
    id: id(),
    centreId: centreId(),
    expertId: uuid()
      .notNull()
      .references(() => experts.id, { onDelete: "cascade" }),
    coachUserId: uuid()
      .notNull()
      .references(() => user.id, { onDelete: "restrict" }),
    startsOn: date({ mode: "string" }).notNull(),
    endsOn: date({ mode: "string" }),
    /** What the trajectory is for, in a few sentences (seen by staff and the expert; not a note). */
    purpose: text().default("").notNull(),
    status: trajectoryStatusEnum().default("active").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.centreId, t.status), index().on(t.expertId)],
);

/** What the expert works on in the trajectory. */
export const coachingGoals = pgTable(
  "coaching_goals",
  {
    id: id(),
    centreId: centreId(),
    trajectoryId: uuid()
      .notNull()
      .references(() => coachingTrajectories.id, { onDelete: "cascade" }),
    text: text().notNull(),
    status: goalStatusEnum().default("open").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.trajectoryId)],
);

/**
 * A meeting of coach and expert: when, and the practical agreements (not the conversation itself;
 * that goes into a note, which has its own readers).
 */
export const coachingMeetings = pgTable(
  "coaching_meetings",
  {
    id: id(),
    centreId: centreId(),
    trajectoryId: uuid()
      .notNull()
      .references(() => coachingTrajectories.id, { onDelete: "cascade" }),
    meetsOn: date({ mode: "string" }).notNull(),
    agreed: text().default("").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.trajectoryId, t.meetsOn)],
);

/**
 * A coach's note. Read only by the coach, the expert and the staff the expert allowed
 * (modules/coaching/note-access.ts); every read is logged in the audit trail (read_private).
 */
export const coachingNotes = pgTable(
  "coaching_notes",
  {
    id: id(),
    centreId: centreId(),
    trajectoryId: uuid()
      .notNull()
      .references(() => coachingTrajectories.id, { onDelete: "cascade" }),
    authorUserId: uuid().references(() => user.id, { onDelete: "set null" }),
    text: text().notNull(),
    expertReflection: text().default("").notNull(),
    reflectedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.trajectoryId)],
);

/** Staff members the expert allowed to read the notes of their trajectory; withdrawn keeps the row. */
export const coachingAccess = pgTable(
  "coaching_access",
  {
    id: id(),
    centreId: centreId(),
    trajectoryId: uuid()
      .notNull()
      .references(() => coachingTrajectories.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    givenAt: createdAt(),
    withdrawnAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.trajectoryId, t.userId)],
);
