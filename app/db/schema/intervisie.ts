import { boolean, index, pgEnum, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { attendanceStates, groupKinds, intervisieMethods } from "../../modules/intervisie/values";
import { user } from "./auth";
import { centres } from "./centres";
import { createdAt, id, updatedAt } from "./columns";
import { employers } from "./employers";
import { experts } from "./pool";

const centreId = () =>
  uuid()
    .notNull()
    .references(() => centres.id, { onDelete: "cascade" });

export const intervisieGroupKindEnum = pgEnum("intervisie_group_kind", groupKinds);
export const intervisieMethodEnum = pgEnum("intervisie_method", intervisieMethods);
export const intervisieAttendanceEnum = pgEnum("intervisie_attendance", attendanceStates);

/** An intervisie group: for a region (area as text) or for the experts working at one employer. */
export const intervisieGroups = pgTable(
  "intervisie_groups",
  {
    id: id(),
    centreId: centreId(),
    name: text().notNull(),
    kind: intervisieGroupKindEnum().notNull(),
    area: text().default("").notNull(),
    employerId: uuid().references(() => employers.id, { onDelete: "set null" }),
    active: boolean().default(true).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.centreId, t.active), unique().on(t.centreId, t.name)],
);

/** An expert in a group: they see its sessions and may sign up. */
export const intervisieMembers = pgTable(
  "intervisie_members",
  {
    id: id(),
    centreId: centreId(),
    groupId: uuid()
      .notNull()
      .references(() => intervisieGroups.id, { onDelete: "cascade" }),
    expertId: uuid()
      .notNull()
      .references(() => experts.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [unique().on(t.groupId, t.expertId), index().on(t.expertId)],
);

/**
 * A session of a group: when, where (a place or an online link), the method, who leads it (a staff
 * member or a name). Cancelled when `cancelledAt` is set; attendance written down when
 * `attendanceRecordedAt` is set (only such sessions count for "missed the last two").
 */
export const intervisieSessions = pgTable(
  "intervisie_sessions",
  {
    id: id(),
    centreId: centreId(),
    groupId: uuid()
      .notNull()
      .references(() => intervisieGroups.id, { onDelete: "cascade" }),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    online: boolean().default(false).notNull(),
    place: text().default("").notNull(),
    onlineLink: text().default("").notNull(),
    method: intervisieMethodEnum().default("incidentmethode").notNull(),
    facilitatorUserId: uuid().references(() => user.id, { onDelete: "set null" }),
    facilitatorName: text().default("").notNull(),
    cancelledAt: timestamp({ withTimezone: true }),
    attendanceRecordedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.groupId, t.startsAt), index().on(t.centreId, t.startsAt)],
);

/**
 * An expert and one session: signed up (and maybe off again), and whether they were there. A row
 * without `signedUpAt` is attendance written down for a member who did not sign up. Not inzet.
 */
export const intervisieSignups = pgTable(
  "intervisie_signups",
  {
    id: id(),
    centreId: centreId(),
    sessionId: uuid()
      .notNull()
      .references(() => intervisieSessions.id, { onDelete: "cascade" }),
    expertId: uuid()
      .notNull()
      .references(() => experts.id, { onDelete: "cascade" }),
    signedUpAt: timestamp({ withTimezone: true }),
    signedOffAt: timestamp({ withTimezone: true }),
    attended: intervisieAttendanceEnum().default("unknown").notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [unique().on(t.sessionId, t.expertId), index().on(t.expertId)],
);
