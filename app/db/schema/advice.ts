import { boolean, index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { adviceCategories, adviceSources, adviceStatuses } from "../../modules/advice/values";
import { user } from "./auth";
import { centres } from "./centres";
import { clients } from "./clients";
import { createdAt, id, updatedAt } from "./columns";

const centreId = () =>
  uuid()
    .notNull()
    .references(() => centres.id, { onDelete: "cascade" });

export const adviceCategoryEnum = pgEnum("advice_category", adviceCategories);
export const adviceStatusEnum = pgEnum("advice_status", adviceStatuses);
export const adviceSourceEnum = pgEnum("advice_source", adviceSources);

/**
 * A question an organisation asks the advice desk (vraagbaak): through the public form or typed in by
 * a coordinator. A team member answers it (the answer is mailed to the asker), then it is closed.
 */
export const adviceQuestions = pgTable(
  "advice_questions",
  {
    id: id(),
    centreId: centreId(),
    organisation: text().notNull(),
    askerName: text().notNull(),
    askerEmail: text().notNull(),
    askerPhone: text().default("").notNull(),
    clientId: uuid().references(() => clients.id, { onDelete: "set null" }),
    category: adviceCategoryEnum().notNull(),
    question: text().notNull(),
    status: adviceStatusEnum().default("new").notNull(),
    assignedTo: uuid().references(() => user.id, { onDelete: "set null" }),
    answer: text().default("").notNull(),
    answeredAt: timestamp({ withTimezone: true }),
    answeredBy: uuid().references(() => user.id, { onDelete: "set null" }),
    closedAt: timestamp({ withTimezone: true }),
    source: adviceSourceEnum().notNull(),
    /** The asker's language, for the answer's mail. */
    locale: text().default("nl").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.centreId, t.status)],
);

/** An article in the centre's small knowledge base, often made from a good answer. */
export const knowledgeArticles = pgTable(
  "knowledge_articles",
  {
    id: id(),
    centreId: centreId(),
    title: text().notNull(),
    body: text().notNull(),
    category: adviceCategoryEnum().notNull(),
    fromQuestionId: uuid().references(() => adviceQuestions.id, { onDelete: "set null" }),
    /** Client contacts read published articles only. */
    published: boolean().default(false).notNull(),
    /** Anyone may read it on the centre's public knowledge base, when the centre has made that public. */
    public: boolean().default(false).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    updatedBy: uuid().references(() => user.id, { onDelete: "set null" }),
  },
  (t) => [index().on(t.centreId, t.published)],
);

/** The advice desk's settings per centre: one row, or none (then the knowledge base is not public). */
export const adviceSettings = pgTable("advice_settings", {
  centreId: centreId().primaryKey(),
  knowledgePublic: boolean().default(false).notNull(),
  updatedAt: updatedAt(),
});
