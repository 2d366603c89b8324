import { boolean, date, index, pgEnum, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { policyPhases } from "../../modules/policy/values";
import { user } from "./auth";
import { centres } from "./centres";
import { clients } from "./clients";
import { createdAt, id, updatedAt } from "./columns";
import { experts } from "./pool";

const centreId = () =>
  uuid()
    .notNull()
    .references(() => centres.id, { onDelete: "cascade" });

export const policyPhaseEnum = pgEnum("policy_phase", policyPhases);

/**
 * A policy trajectory with a municipality (a client): experts by experience help make new policy,
 * from exploring to evaluating. Ended when `endedOn` is set.
 */
export const policyTrajectories = pgTable(
  "policy_trajectories",
  {
    id: id(),
    centreId: centreId(),
    clientId: uuid()
      .notNull()
      .references(() => clients.id, { onDelete: "restrict" }),
    topic: text().notNull(),
    description: text().default("").notNull(),
    phase: policyPhaseEnum().default("verkennen").notNull(),
    phaseSince: date({ mode: "string" }).notNull(),
    startedOn: date({ mode: "string" }).notNull(),
    endedOn: date({ mode: "string" }),
    nextStep: text().default("").notNull(),
    nextStepOn: date({ mode: "string" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.centreId, t.phase), index().on(t.clientId)],
);

/** Every move of a trajectory to another phase: who and when. */
export const policyPhaseChanges = pgTable(
  "policy_phase_changes",
  {
    id: id(),
    centreId: centreId(),
    trajectoryId: uuid()
      .notNull()
      .references(() => policyTrajectories.id, { onDelete: "cascade" }),
    fromPhase: policyPhaseEnum(),
    toPhase: policyPhaseEnum().notNull(),
    note: text().default("").notNull(),
    changedBy: uuid().references(() => user.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.trajectoryId)],
);

/** An expert taking part in a trajectory. */
export const policyParticipants = pgTable(
  "policy_participants",
  {
    id: id(),
    centreId: centreId(),
    trajectoryId: uuid()
      .notNull()
      .references(() => policyTrajectories.id, { onDelete: "cascade" }),
    expertId: uuid()
      .notNull()
      .references(() => experts.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [unique().on(t.trajectoryId, t.expertId), index().on(t.expertId)],
);

/** A meeting of the trajectory: when, where (or online), and what it was about. */
export const policySessions = pgTable(
  "policy_sessions",
  {
    id: id(),
    centreId: centreId(),
    trajectoryId: uuid()
      .notNull()
      .references(() => policyTrajectories.id, { onDelete: "cascade" }),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    online: boolean().default(false).notNull(),
    place: text().default("").notNull(),
    subject: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.trajectoryId), index().on(t.centreId, t.startsAt)],
);

/**
 * A participating expert at a session: one inzet moment (expert_id, the session's starts_at) for the
 * fair spread of work.
 */
export const policyAttendance = pgTable(
  "policy_attendance",
  {
    id: id(),
    centreId: centreId(),
    sessionId: uuid()
      .notNull()
      .references(() => policySessions.id, { onDelete: "cascade" }),
    expertId: uuid()
      .notNull()
      .references(() => experts.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [unique().on(t.sessionId, t.expertId), index().on(t.expertId)],
);

/** What an expert (or the group, expertId null) contributed, at a session or to the trajectory. */
export const policyContributions = pgTable(
  "policy_contributions",
  {
    id: id(),
    centreId: centreId(),
    trajectoryId: uuid()
      .notNull()
      .references(() => policyTrajectories.id, { onDelete: "cascade" }),
    sessionId: uuid().references(() => policySessions.id, { onDelete: "set null" }),
    expertId: uuid().references(() => experts.id, { onDelete: "set null" }),
    text: text().notNull(),
    createdBy: uuid().references(() => user.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.trajectoryId)],
);

/** What changed in the policy because of the experts: the change, when, and its source. */
export const policyChanges = pgTable(
  "policy_changes",
  {
    id: id(),
    centreId: centreId(),
    trajectoryId: uuid()
      .notNull()
      .references(() => policyTrajectories.id, { onDelete: "cascade" }),
    text: text().notNull(),
    changedOn: date({ mode: "string" }).notNull(),
    source: text().default("").notNull(),
    createdBy: uuid().references(() => user.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.trajectoryId)],
);

/**
 * The municipality's statement about the experts' part. Shown among the impact quotes only while
 * consent is given.
 */
export const policyStatements = pgTable(
  "policy_statements",
  {
    id: id(),
    centreId: centreId(),
    trajectoryId: uuid()
      .notNull()
      .references(() => policyTrajectories.id, { onDelete: "cascade" }),
    text: text().notNull(),
    /** Name and function as free text, e.g. "wethouder Sociaal Domein". */
    saidBy: text().default("").notNull(),
    saidOn: date({ mode: "string" }).notNull(),
    consent: boolean().default(false).notNull(),
    consentOn: date({ mode: "string" }),
    createdBy: uuid().references(() => user.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.trajectoryId), index().on(t.centreId, t.consent)],
);
