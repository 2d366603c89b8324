/** The fixed value lists of the schema (enums), without drizzle: safe to import in the browser. */

export const roles = ["admin", "coordinator", "expert", "client_contact", "funder"] as const;

export type Role = (typeof roles)[number];

export const sectors = [
  "municipality",
  "welfare",
  "housing",
  "education",
  "company",
  "care",
  "other",
] as const;

export type Sector = (typeof sectors)[number];

export const expertStatuses = ["in_training", "certified", "active", "paused", "stopped"] as const;

export const dayParts = ["morning", "afternoon", "evening"] as const;

export type ExpertStatus = (typeof expertStatuses)[number];

export type DayPart = (typeof dayParts)[number];

export const requestStatuses = [
  "new",
  "in_progress",
  "proposed",
  "confirmed",
  "done",
  "evaluated",
  "cancelled",
] as const;

export const requestSources = ["staff", "public_form"] as const;

export const assignmentStatuses = [
  "offered",
  "accepted",
  "declined",
  "confirmed",
  "withdrawn",
  "filled",
  "cancelled",
] as const;

export type RequestStatus = (typeof requestStatuses)[number];

export type AssignmentStatus = (typeof assignmentStatuses)[number];

export const grantMetrics = [
  "trained",
  "certified",
  "paid_job_share",
  "volunteer_share",
  "activated_share",
  "assignments",
  "assignment_hours",
  "pilots",
] as const;

export const cohortKinds = ["keuzedeel", "region", "organisation", "professionals"] as const;

export const moduleKinds = ["module", "assignment"] as const;

export const intakeStatuses = ["applied", "accepted", "rejected", "withdrawn"] as const;

export const traineeStatuses = ["candidate", "in_training", "certified", "stopped"] as const;

export const situations = ["long_term_unemployed", "unemployed", "working", "other"] as const;

export const attendanceValues = ["present", "absent", "excused"] as const;

export const progressValues = ["not_started", "in_progress", "completed"] as const;

export const outcomeKinds = ["paid_job", "volunteer", "job_seeking", "other_path"] as const;

/** Who reported an outcome; `placement`: written by a placement at an employer (never typed by hand). */
export const outcomeSources = ["trainee", "employer", "centre", "import", "placement"] as const;

export const measurementMoments = ["intake", "end", "month_6", "month_12", "month_24"] as const;

export type GrantMetric = (typeof grantMetrics)[number];

export type CohortKind = (typeof cohortKinds)[number];

export type IntakeStatus = (typeof intakeStatuses)[number];

export type TraineeStatus = (typeof traineeStatuses)[number];

export type Situation = (typeof situations)[number];

export type OutcomeKind = (typeof outcomeKinds)[number];

export type OutcomeSource = (typeof outcomeSources)[number];

export type MeasurementMoment = (typeof measurementMoments)[number];

/** An employer's way to hiring an expert, in order; `stopped` when they decided not to. */
export const employerStages = [
  "informed",
  "considering",
  "decided",
  "implementing",
  "at_work",
  "evaluated",
  "stopped",
] as const;

export type EmployerStage = (typeof employerStages)[number];

/** A vacancy: open, filled by a placement, or closed without one. */
export const vacancyStatuses = ["open", "filled", "closed"] as const;

export type VacancyStatus = (typeof vacancyStatuses)[number];

/** A person proposed for a vacancy: proposed, said yes or no, or placed there. */
export const proposalStatuses = ["proposed", "interested", "declined", "placed"] as const;

export type ProposalStatus = (typeof proposalStatuses)[number];

/** A step of an employer's implementation checklist: still open, done, or the employer said no. */
export const checklistStates = ["open", "done", "no"] as const;

export type ChecklistState = (typeof checklistStates)[number];
