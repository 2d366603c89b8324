import { boolean, date, index, integer, pgEnum, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { checklistStates, employerStages, proposalStatuses, vacancyStatuses } from "../values";
import { user } from "./auth";
import { centres } from "./centres";
import { clients, sectorEnum } from "./clients";
import { createdAt, id, updatedAt } from "./columns";
import { areas, experts } from "./pool";
import { outcomeKindEnum, outcomes, trainees } from "./training";

export type { ChecklistState, EmployerStage, ProposalStatus, VacancyStatus } from "../values";
export { checklistStates, employerStages, proposalStatuses, vacancyStatuses };

const centreId = () =>
  uuid()
    .notNull()
    .references(() => centres.id, { onDelete: "cascade" });

export const employerStageEnum = pgEnum("employer_stage", employerStages);
export const checklistStateEnum = pgEnum("checklist_state", checklistStates);

/**
 * An organisation that considers hiring a trained expert, followed from the first information to
 * the expert at work and the evaluation. May be one of the centre's clients as well.
 */
export const employers = pgTable(
  "employers",
  {
    id: id(),
    centreId: centreId(),
    name: text().notNull(),
    sector: sectorEnum().notNull(),
    clientId: uuid().references(() => clients.id, { onDelete: "set null" }),
    contactName: text().default("").notNull(),
    contactEmail: text().default("").notNull(),
    contactPhone: text().default("").notNull(),
    stage: employerStageEnum().default("informed").notNull(),
    stageSince: date({ mode: "string" }).notNull(),
    infoMeetingOn: date({ mode: "string" }),
    materialSentOn: date({ mode: "string" }),
    /** What happens next, and by when: the start page shows it when the date has passed. */
    nextAction: text().default("").notNull(),
    nextActionOn: date({ mode: "string" }),
    notes: text().default("").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [unique().on(t.centreId, t.name), index().on(t.centreId, t.stage)],
);

/** Every move of an employer from one stage to the next: who, when, and why. */
export const employerStageChanges = pgTable(
  "employer_stage_changes",
  {
    id: id(),
    centreId: centreId(),
    employerId: uuid()
      .notNull()
      .references(() => employers.id, { onDelete: "cascade" }),
    fromStage: employerStageEnum(),
    toStage: employerStageEnum().notNull(),
    note: text().default("").notNull(),
    changedBy: uuid().references(() => user.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.employerId)],
);

/**
 * The steps of the centre's implementation checklist (the centre edits them). `key` names the steps
 * Tandem knows (e.g. `intervisie_room`: room for intervisie in working time); the centre's own have none.
 */
export const checklistItems = pgTable(
  "checklist_items",
  {
    id: id(),
    centreId: centreId(),
    key: text(),
    label: text().notNull(),
    position: integer().default(0).notNull(),
    archived: boolean().default(false).notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique().on(t.centreId, t.label), unique().on(t.centreId, t.key)],
);

/** One employer's answer to one checklist step, with who changed it last and when. */
export const employerChecklist = pgTable(
  "employer_checklist",
  {
    id: id(),
    centreId: centreId(),
    employerId: uuid()
      .notNull()
      .references(() => employers.id, { onDelete: "cascade" }),
    itemId: uuid()
      .notNull()
      .references(() => checklistItems.id, { onDelete: "cascade" }),
    state: checklistStateEnum().default("open").notNull(),
    dueOn: date({ mode: "string" }),
    note: text().default("").notNull(),
    changedBy: uuid().references(() => user.id, { onDelete: "set null" }),
    updatedAt: updatedAt(),
  },
  (t) => [unique().on(t.employerId, t.itemId), index().on(t.centreId, t.state)],
);

/**
 * A person at work at an employer, paid or as a volunteer. Starting it writes the person's outcome
 * timeline (source "placement"); ending it writes what came next, so the figures follow without
 * anyone typing it twice. The person is a graduate (trainee); their pool record when they have one.
 */
export const placements = pgTable(
  "placements",
  {
    id: id(),
    centreId: centreId(),
    employerId: uuid()
      .notNull()
      .references(() => employers.id, { onDelete: "restrict" }),
    traineeId: uuid()
      .notNull()
      .references(() => trainees.id, { onDelete: "cascade" }),
    expertId: uuid().references(() => experts.id, { onDelete: "set null" }),
    /** paid_job or volunteer (the outcome kinds of work). */
    kind: outcomeKindEnum().notNull(),
    startsOn: date({ mode: "string" }).notNull(),
    endsOn: date({ mode: "string" }),
    hoursPerWeek: integer(),
    note: text().default("").notNull(),
    startOutcomeId: uuid().references(() => outcomes.id, { onDelete: "set null" }),
    endOutcomeId: uuid().references(() => outcomes.id, { onDelete: "set null" }),
    createdBy: uuid().references(() => user.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.employerId), index().on(t.traineeId), index().on(t.centreId, t.endsOn)],
);

export const vacancyStatusEnum = pgEnum("vacancy_status", vacancyStatuses);
export const proposalStatusEnum = pgEnum("proposal_status", proposalStatuses);

/** A job or volunteer place at an employer, matched against the graduates who look for work. */
export const vacancies = pgTable(
  "vacancies",
  {
    id: id(),
    centreId: centreId(),
    employerId: uuid()
      .notNull()
      .references(() => employers.id, { onDelete: "cascade" }),
    title: text().notNull(),
    /** paid_job or volunteer. */
    kind: outcomeKindEnum().notNull(),
    hoursPerWeek: integer(),
    areaId: uuid().references(() => areas.id, { onDelete: "set null" }),
    /** The work can be done from home (the area rule then lets in those who work online). */
    remote: boolean().default(false).notNull(),
    /** Lived-experience themes the work asks for (ids of the centre's themes). */
    themeIds: uuid().array().default([]).notNull(),
    startsOn: date({ mode: "string" }),
    description: text().default("").notNull(),
    status: vacancyStatusEnum().default("open").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.employerId), index().on(t.centreId, t.status)],
);

/** A person proposed for a vacancy, and what came of it. */
export const vacancyProposals = pgTable(
  "vacancy_proposals",
  {
    id: id(),
    centreId: centreId(),
    vacancyId: uuid()
      .notNull()
      .references(() => vacancies.id, { onDelete: "cascade" }),
    traineeId: uuid()
      .notNull()
      .references(() => trainees.id, { onDelete: "cascade" }),
    status: proposalStatusEnum().default("proposed").notNull(),
    createdBy: uuid().references(() => user.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [unique().on(t.vacancyId, t.traineeId), index().on(t.centreId, t.traineeId)],
);
