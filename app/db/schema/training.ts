import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import {
  attendanceValues,
  cohortKinds,
  grantMetrics,
  intakeStatuses,
  measurementMoments,
  moduleKinds,
  outcomeKinds,
  outcomeSources,
  progressValues,
  situations,
  traineeStatuses,
} from "../values";
import { user } from "./auth";
import { centres } from "./centres";
import { createdAt, id, updatedAt } from "./columns";
import { experts } from "./pool";

export type {
  CohortKind,
  GrantMetric,
  IntakeStatus,
  MeasurementMoment,
  OutcomeKind,
  OutcomeSource,
  Situation,
  TraineeStatus,
} from "../values";
export {
  attendanceValues,
  cohortKinds,
  grantMetrics,
  intakeStatuses,
  measurementMoments,
  moduleKinds,
  outcomeKinds,
  outcomeSources,
  progressValues,
  situations,
  traineeStatuses,
};

/**
 * Training (opleiding), every trainee's path afterwards (uitstroom), measurements, and the grants
 * (subsidies) that fund the work. Issue 3. All tenant tables: row-level security by centre_id.
 */
const centreId = () =>
  uuid()
    .notNull()
    .references(() => centres.id, { onDelete: "cascade" });

/** A grant or project, e.g. a province's EUR 250,000 for "Samen werken met ervaring". */
export const grants = pgTable("grants", {
  id: id(),
  centreId: centreId(),
  name: text().notNull(),
  funderName: text().notNull(),
  /** The funder's reference for the grant (kenmerk, beschikkingsnummer); shown on the report. */
  reference: text().default("").notNull(),
  amountCents: integer(),
  startsOn: date({ mode: "string" }).notNull(),
  endsOn: date({ mode: "string" }).notNull(),
  province: text(),
  description: text().default("").notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const grantMetricEnum = pgEnum("grant_metric", grantMetrics);

/** A target of a grant (e.g. 40 trained; 50% into paid work): reports show target against reached. */
export const grantTargets = pgTable(
  "grant_targets",
  {
    id: id(),
    centreId: centreId(),
    grantId: uuid()
      .notNull()
      .references(() => grants.id, { onDelete: "cascade" }),
    metric: grantMetricEnum().notNull(),
    /** A count, or a percentage for *_share metrics. */
    target: integer().notNull(),
  },
  (t) => [unique().on(t.grantId, t.metric)],
);

/** A pilot under a grant, per sector (gemeenten, onderwijs, woningcorporaties, bedrijven). */
export const grantPilots = pgTable("grant_pilots", {
  id: id(),
  centreId: centreId(),
  grantId: uuid()
    .notNull()
    .references(() => grants.id, { onDelete: "cascade" }),
  sector: text().notNull(),
  name: text().notNull(),
  clientId: uuid(),
  startsOn: date({ mode: "string" }),
  endsOn: date({ mode: "string" }),
  /** When the after-questionnaires should be in: the coordinators get a reminder that morning (modules/pilots). */
  afterDueOn: date({ mode: "string" }),
  note: text().default("").notNull(),
});

/** Which funder accounts see which grant (aggregates only). */
export const grantFunders = pgTable(
  "grant_funders",
  {
    centreId: centreId(),
    grantId: uuid()
      .notNull()
      .references(() => grants.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.grantId, t.userId] })],
);

export const cohortKindEnum = pgEnum("cohort_kind", cohortKinds);

/** A group in training: the 40-week keuzedeel with an ROC, or a custom short trajectory. */
export const cohorts = pgTable(
  "cohorts",
  {
    id: id(),
    centreId: centreId(),
    name: text().notNull(),
    kind: cohortKindEnum().default("keuzedeel").notNull(),
    trainingPartner: text().default("").notNull(),
    location: text().default("").notNull(),
    province: text(),
    startsOn: date({ mode: "string" }).notNull(),
    endsOn: date({ mode: "string" }).notNull(),
    grantId: uuid().references(() => grants.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [unique().on(t.centreId, t.name), index().on(t.centreId, t.startsOn)],
);

/** A meeting of a cohort (bijeenkomst). */
export const trainingSessions = pgTable(
  "training_sessions",
  {
    id: id(),
    centreId: centreId(),
    cohortId: uuid()
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    title: text().notNull(),
  },
  (t) => [index().on(t.cohortId, t.startsAt)],
);

export const moduleKindEnum = pgEnum("module_kind", moduleKinds);

/** A module or assignment of a cohort's programme. */
export const trainingModules = pgTable(
  "training_modules",
  {
    id: id(),
    centreId: centreId(),
    cohortId: uuid()
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    name: text().notNull(),
    kind: moduleKindEnum().default("module").notNull(),
    position: integer().default(0).notNull(),
  },
  (t) => [index().on(t.cohortId)],
);

export const intakeStatusEnum = pgEnum("intake_status", intakeStatuses);

export const traineeStatusEnum = pgEnum("trainee_status", traineeStatuses);

export const situationEnum = pgEnum("situation", situations);

/** A candidate and later student of a cohort. Moves into the pool (expert) with one action when certified. */
export const trainees = pgTable(
  "trainees",
  {
    id: id(),
    centreId: centreId(),
    cohortId: uuid()
      .notNull()
      .references(() => cohorts.id, { onDelete: "restrict" }),
    expertId: uuid().references(() => experts.id, { onDelete: "set null" }),
    /** The centre's own number for the person (from an import), unique per centre. */
    externalId: text(),
    firstName: text().notNull(),
    lastName: text().notNull(),
    email: text(),
    phone: text(),
    province: text(),
    /** Intake criteria from the seeds: own experience of poverty, having it behind them, motivation. */
    ownExperience: boolean().default(false).notNull(),
    experienceBehind: boolean().default(false).notNull(),
    motivated: boolean().default(false).notNull(),
    intakeStatus: intakeStatusEnum().default("applied").notNull(),
    intakeReason: text().default("").notNull(),
    status: traineeStatusEnum().default("candidate").notNull(),
    situationBefore: situationEnum(),
    /** e.g. bijstand (Participatiewet), WW, none: free text, never a BSN. */
    benefitBefore: text(),
    lifeStoryOn: date({ mode: "string" }),
    reflectionOn: date({ mode: "string" }),
    placementOn: date({ mode: "string" }),
    finalAssessmentOn: date({ mode: "string" }),
    finalAssessmentPassed: boolean(),
    certifiedOn: date({ mode: "string" }),
    stoppedOn: date({ mode: "string" }),
    stoppedReason: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [unique().on(t.centreId, t.externalId), index().on(t.cohortId), index().on(t.centreId, t.status)],
);

export const attendanceEnum = pgEnum("attendance", attendanceValues);

export const sessionAttendance = pgTable(
  "session_attendance",
  {
    centreId: centreId(),
    sessionId: uuid()
      .notNull()
      .references(() => trainingSessions.id, { onDelete: "cascade" }),
    traineeId: uuid()
      .notNull()
      .references(() => trainees.id, { onDelete: "cascade" }),
    attendance: attendanceEnum().notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.traineeId] }), index().on(t.traineeId)],
);

export const progressEnum = pgEnum("progress", progressValues);

export const moduleProgress = pgTable(
  "module_progress",
  {
    centreId: centreId(),
    moduleId: uuid()
      .notNull()
      .references(() => trainingModules.id, { onDelete: "cascade" }),
    traineeId: uuid()
      .notNull()
      .references(() => trainees.id, { onDelete: "cascade" }),
    progress: progressEnum().default("not_started").notNull(),
    completedOn: date({ mode: "string" }),
  },
  (t) => [primaryKey({ columns: [t.moduleId, t.traineeId] }), index().on(t.traineeId)],
);

export const outcomeKindEnum = pgEnum("outcome_kind", outcomeKinds);

export const outcomeSourceEnum = pgEnum("outcome_source", outcomeSources);

/** A dated situation on a trainee's path after (or during) training. The latest counts for "now". */
export const outcomes = pgTable(
  "outcomes",
  {
    id: id(),
    centreId: centreId(),
    traineeId: uuid()
      .notNull()
      .references(() => trainees.id, { onDelete: "cascade" }),
    kind: outcomeKindEnum().notNull(),
    startsOn: date({ mode: "string" }).notNull(),
    employer: text(),
    hoursPerWeek: integer(),
    sector: text(),
    note: text().default("").notNull(),
    source: outcomeSourceEnum().default("centre").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.centreId, t.traineeId, t.startsOn)],
);

export const measurementMomentEnum = pgEnum("measurement_moment", measurementMoments);

/**
 * Participatieladder (1–6) and, where the centre switches it on, Zelfredzaamheid-Matrix scores
 * (13 domains, 1–5; health, substance and justice domains are special-category data: staff only).
 */
export const measurements = pgTable(
  "measurements",
  {
    id: id(),
    centreId: centreId(),
    traineeId: uuid()
      .notNull()
      .references(() => trainees.id, { onDelete: "cascade" }),
    moment: measurementMomentEnum().notNull(),
    measuredOn: date({ mode: "string" }).notNull(),
    ladder: smallint(),
    zrm: jsonb().$type<Record<string, number>>(),
    createdAt: createdAt(),
  },
  (t) => [unique().on(t.traineeId, t.moment), index().on(t.centreId, t.moment)],
);

/** Per-centre settings of impact reporting: what "activated" means, and whether ZRM is used. */
export const impactSettings = pgTable("impact_settings", {
  centreId: uuid()
    .primaryKey()
    .references(() => centres.id, { onDelete: "cascade" }),
  zrmEnabled: boolean().default(false).notNull(),
  /** Activated = ladder rose by at least this many rungs between intake and the latest measurement… */
  activatedLadderRise: smallint().default(1).notNull(),
  /** …or the ZRM participation score (maatschappelijke participatie) is at least this (when ZRM is on). */
  activatedParticipationMin: smallint().default(4).notNull(),
  /** Groups smaller than this are shown as "<N" to funders. */
  smallGroupLimit: smallint().default(5).notNull(),
  updatedAt: updatedAt(),
});
