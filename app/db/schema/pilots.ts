import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { questionnaireMoments } from "../../modules/pilots/values";
import { centres } from "./centres";
import { createdAt, id } from "./columns";
import { grantPilots } from "./training";

/**
 * Pilot measurements (effectmetingen): professionals who work with an expert in a pilot answer a few
 * 1–5 statements before and after, through a link without an account. The pilot itself is a grant's
 * pilot (`grant_pilots`, per sector). All tenant tables: row-level security by centre_id.
 */
const centreId = () =>
  uuid()
    .notNull()
    .references(() => centres.id, { onDelete: "cascade" });

export const questionnaireMomentEnum = pgEnum("pilot_moment", questionnaireMoments);

/**
 * A statement of a pilot's questionnaire ("Ik weet welke aanpak werkt bij mensen in armoede").
 * `pilotId` null: one of the centre's own defaults, copied into every new pilot.
 */
export const pilotStatements = pgTable(
  "pilot_statements",
  {
    id: id(),
    centreId: centreId(),
    pilotId: uuid().references(() => grantPilots.id, { onDelete: "cascade" }),
    text: text().notNull(),
    position: integer().default(0).notNull(),
    active: boolean().default(true).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.pilotId, t.position), index().on(t.centreId)],
);

/** A professional taking part in a pilot's measurement (no account: found by e-mail in the privacy register). */
export const pilotParticipants = pgTable(
  "pilot_participants",
  {
    id: id(),
    centreId: centreId(),
    pilotId: uuid()
      .notNull()
      .references(() => grantPilots.id, { onDelete: "cascade" }),
    name: text().notNull(),
    /** Stored in lower case. */
    email: text().notNull(),
    organisation: text().default("").notNull(),
    /** The centre's own reference to a client or case, never a name. */
    clientReference: text().default("").notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique().on(t.pilotId, t.email), index().on(t.centreId, t.email)],
);

/** One questionnaire (before or after) for one participant: the link's token is stored as a hash only. */
export const pilotQuestionnaires = pgTable(
  "pilot_questionnaires",
  {
    id: id(),
    centreId: centreId(),
    pilotId: uuid()
      .notNull()
      .references(() => grantPilots.id, { onDelete: "cascade" }),
    participantId: uuid()
      .notNull()
      .references(() => pilotParticipants.id, { onDelete: "cascade" }),
    moment: questionnaireMomentEnum().notNull(),
    tokenHash: text().notNull().unique(),
    sentAt: timestamp({ withTimezone: true }).defaultNow().notNull(),
    answeredAt: timestamp({ withTimezone: true }),
  },
  (t) => [unique().on(t.participantId, t.moment), index().on(t.pilotId, t.moment)],
);

/** A score (1–5) given to one statement in one questionnaire. */
export const pilotAnswers = pgTable(
  "pilot_answers",
  {
    id: id(),
    centreId: centreId(),
    questionnaireId: uuid()
      .notNull()
      .references(() => pilotQuestionnaires.id, { onDelete: "cascade" }),
    statementId: uuid()
      .notNull()
      .references(() => pilotStatements.id, { onDelete: "cascade" }),
    score: smallint().notNull(),
  },
  (t) => [
    unique().on(t.questionnaireId, t.statementId),
    index().on(t.statementId),
    check("pilot_answers_score_range", sql`${t.score} between 1 and 5`),
  ],
);
