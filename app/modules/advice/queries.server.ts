import { and, asc, desc, eq, ilike, inArray, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { type Db, inCentre, type Tx } from "~/db/client.server";
import { adviceQuestions, adviceSettings, clients, knowledgeArticles, memberships, user } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan, assertId } from "~/modules/accounts/guard";
import { isStaff } from "~/modules/accounts/permissions";
import { median, workingDaysBetween } from "./turnaround";
import { type AdviceCategory, type AdviceStatus, adviceCategories, adviceStatuses } from "./values";

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

export type QuestionFilters = { status?: AdviceStatus; category?: AdviceCategory; assignedTo?: string };

const took = (askedAt: Date, answeredAt: Date | null) =>
  answeredAt ? workingDaysBetween(askedAt, answeredAt) : null;

/** The queue: newest first, with who has it and, for answered ones, how many working days it took. */
export async function listQuestions(tx: Tx, actor: Actor, filters: QuestionFilters) {
  assertCan(actor, "advice:manage");
  const rows = await tx
    .select({
      id: adviceQuestions.id,
      organisation: adviceQuestions.organisation,
      category: adviceQuestions.category,
      status: adviceQuestions.status,
      source: adviceQuestions.source,
      createdAt: adviceQuestions.createdAt,
      answeredAt: adviceQuestions.answeredAt,
      assignedName: user.name,
    })
    .from(adviceQuestions)
    .leftJoin(user, eq(user.id, adviceQuestions.assignedTo))
    .where(
      and(
        filters.status ? eq(adviceQuestions.status, filters.status) : undefined,
        filters.category ? eq(adviceQuestions.category, filters.category) : undefined,
        filters.assignedTo ? eq(adviceQuestions.assignedTo, filters.assignedTo) : undefined,
      ),
    )
    .orderBy(desc(adviceQuestions.createdAt))
    .limit(200);
  return rows.map((r) => ({ ...r, took: took(r.createdAt, r.answeredAt) }));
}

/** Counts per status and per category, and the median working days from asked to answered. */
export async function questionFigures(tx: Tx, actor: Actor) {
  assertCan(actor, "advice:manage");
  const rows = await tx
    .select({
      status: adviceQuestions.status,
      category: adviceQuestions.category,
      createdAt: adviceQuestions.createdAt,
      answeredAt: adviceQuestions.answeredAt,
    })
    .from(adviceQuestions);
  const byStatus = Object.fromEntries(adviceStatuses.map((s) => [s, 0])) as Record<AdviceStatus, number>;
  const byCategory = Object.fromEntries(adviceCategories.map((c) => [c, 0])) as Record<
    AdviceCategory,
    number
  >;
  const days: number[] = [];
  for (const r of rows) {
    byStatus[r.status] += 1;
    byCategory[r.category] += 1;
    if (r.answeredAt) days.push(workingDaysBetween(r.createdAt, r.answeredAt));
  }
  return { byStatus, byCategory, total: rows.length, medianDays: median(days), answered: days.length };
}

/** The centre's coordinators and admins: whom a question can be given to. */
export async function teamMembers(tx: Tx, actor: Actor) {
  assertCan(actor, "advice:manage");
  return tx
    .select({ value: user.id, label: user.name })
    .from(memberships)
    .innerJoin(user, eq(user.id, memberships.userId))
    .where(and(eq(memberships.centreId, actor.centreId), inArray(memberships.role, ["coordinator", "admin"])))
    .orderBy(asc(user.name));
}

/** The centre's clients, to link a question a coordinator enters. */
export async function clientOptions(tx: Tx, actor: Actor) {
  assertCan(actor, "advice:manage");
  return tx.select({ value: clients.id, label: clients.name }).from(clients).orderBy(asc(clients.name));
}

const answerer = alias(user, "answerer");

/** One question with everything the detail page shows, and the articles made from it. */
export async function questionDetail(tx: Tx, actor: Actor, questionId: string) {
  assertCan(actor, "advice:manage");
  assertId(questionId);
  const [q] = await tx
    .select({
      id: adviceQuestions.id,
      organisation: adviceQuestions.organisation,
      askerName: adviceQuestions.askerName,
      askerEmail: adviceQuestions.askerEmail,
      askerPhone: adviceQuestions.askerPhone,
      clientId: adviceQuestions.clientId,
      clientName: clients.name,
      category: adviceQuestions.category,
      question: adviceQuestions.question,
      status: adviceQuestions.status,
      source: adviceQuestions.source,
      assignedTo: adviceQuestions.assignedTo,
      assignedName: user.name,
      answer: adviceQuestions.answer,
      answeredAt: adviceQuestions.answeredAt,
      answeredName: answerer.name,
      closedAt: adviceQuestions.closedAt,
      createdAt: adviceQuestions.createdAt,
    })
    .from(adviceQuestions)
    .leftJoin(clients, eq(clients.id, adviceQuestions.clientId))
    .leftJoin(user, eq(user.id, adviceQuestions.assignedTo))
    .leftJoin(answerer, eq(answerer.id, adviceQuestions.answeredBy))
    .where(eq(adviceQuestions.id, questionId));
  if (!q) throw new AppError("NOT_FOUND");
  const articles = await tx
    .select({
      id: knowledgeArticles.id,
      title: knowledgeArticles.title,
      published: knowledgeArticles.published,
    })
    .from(knowledgeArticles)
    .where(eq(knowledgeArticles.fromQuestionId, questionId));
  return { question: { ...q, took: took(q.createdAt, q.answeredAt) }, articles };
}

/** Whether the centre's knowledge base is open to anyone. */
export async function knowledgeIsPublic(tx: Tx | Db): Promise<boolean> {
  const [row] = await tx.select({ on: adviceSettings.knowledgePublic }).from(adviceSettings).limit(1);
  return Boolean(row?.on);
}

export type ArticleFilters = { search?: string; category?: AdviceCategory };

type Reader = "staff" | "contact" | "public";

function readerOf(actor: Actor): Reader {
  assertCan(actor, "knowledge:read");
  return isStaff(actor.role) ? "staff" : "contact";
}

const visibleTo = (reader: Reader) =>
  reader === "staff"
    ? undefined
    : reader === "contact"
      ? eq(knowledgeArticles.published, true)
      : and(eq(knowledgeArticles.published, true), eq(knowledgeArticles.public, true));

/** Search in title and text (ILIKE on every word: works the same on PGlite and PostgreSQL). */
function matches(search: string | undefined) {
  const words = (search ?? "")
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .slice(0, 6);
  if (words.length === 0) return undefined;
  return and(
    ...words.map((w) =>
      or(
        ilike(knowledgeArticles.title, `%${escapeLike(w)}%`),
        ilike(knowledgeArticles.body, `%${escapeLike(w)}%`),
      ),
    ),
  );
}

async function listFor(tx: Tx, reader: Reader, filters: ArticleFilters) {
  return tx
    .select({
      id: knowledgeArticles.id,
      title: knowledgeArticles.title,
      category: knowledgeArticles.category,
      published: knowledgeArticles.published,
      public: knowledgeArticles.public,
      updatedAt: knowledgeArticles.updatedAt,
      excerpt: sql<string>`left(${knowledgeArticles.body}, 200)`,
    })
    .from(knowledgeArticles)
    .where(
      and(
        visibleTo(reader),
        filters.category ? eq(knowledgeArticles.category, filters.category) : undefined,
        matches(filters.search),
      ),
    )
    .orderBy(asc(knowledgeArticles.title))
    .limit(200);
}

async function articleFor(tx: Tx, reader: Reader, articleId: string) {
  assertId(articleId);
  const [row] = await tx
    .select({
      id: knowledgeArticles.id,
      title: knowledgeArticles.title,
      body: knowledgeArticles.body,
      category: knowledgeArticles.category,
      published: knowledgeArticles.published,
      public: knowledgeArticles.public,
      fromQuestionId: knowledgeArticles.fromQuestionId,
      updatedAt: knowledgeArticles.updatedAt,
      updatedName: user.name,
    })
    .from(knowledgeArticles)
    .leftJoin(user, eq(user.id, knowledgeArticles.updatedBy))
    .where(and(eq(knowledgeArticles.id, articleId), visibleTo(reader)));
  if (!row) throw new AppError("NOT_FOUND");
  return { ...row, updatedName: reader === "staff" ? row.updatedName : null };
}

/** The knowledge base as a signed-in reader sees it: staff all articles, client contacts published ones. */
export function listArticles(tx: Tx, actor: Actor, filters: ArticleFilters) {
  return listFor(tx, readerOf(actor), filters);
}

export function readArticle(tx: Tx, actor: Actor, articleId: string) {
  return articleFor(tx, readerOf(actor), articleId);
}

/** The public knowledge base: NOT_FOUND unless the centre made it public; public articles only. */
export async function publicArticles(db: Db, centreId: string, filters: ArticleFilters) {
  return inCentre(db, centreId, async (tx) => {
    if (!(await knowledgeIsPublic(tx))) throw new AppError("NOT_FOUND");
    return listFor(tx, "public", filters);
  });
}

export async function publicArticle(db: Db, centreId: string, articleId: string) {
  return inCentre(db, centreId, async (tx) => {
    if (!(await knowledgeIsPublic(tx))) throw new AppError("NOT_FOUND");
    return articleFor(tx, "public", articleId);
  });
}
