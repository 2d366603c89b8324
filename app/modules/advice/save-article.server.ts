import { eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { adviceQuestions, adviceSettings, knowledgeArticles } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan, assertId } from "~/modules/accounts/guard";
import { recordAudit } from "~/modules/audit/record.server";
import type { ArticleInput } from "./input";

/** An article that is not published cannot be public: a draft is never read outside the team. */
const values = (input: ArticleInput) => ({
  title: input.title,
  body: input.body,
  category: input.category,
  published: input.published,
  public: input.published && input.public,
});

/** Writes a new article (from the form, or from a question's answer). */
export async function createArticle(
  tx: Tx,
  actor: Actor,
  input: ArticleInput & { fromQuestionId?: string },
): Promise<{ id: string }> {
  assertCan(actor, "advice:manage");
  if (input.fromQuestionId) {
    assertId(input.fromQuestionId);
    const [q] = await tx
      .select({ id: adviceQuestions.id })
      .from(adviceQuestions)
      .where(eq(adviceQuestions.id, input.fromQuestionId));
    if (!q) throw new AppError("NOT_FOUND");
  }
  const [row] = await tx
    .insert(knowledgeArticles)
    .values({
      centreId: actor.centreId,
      ...values(input),
      fromQuestionId: input.fromQuestionId ?? null,
      updatedBy: actor.userId,
    })
    .returning({ id: knowledgeArticles.id });
  await recordAudit(tx, actor, {
    action: "create",
    entity: "knowledge_article",
    entityId: row.id,
    detail: { published: input.published, fromQuestion: Boolean(input.fromQuestionId) },
  });
  return row;
}

/** Changes an article: its text, and whether it is published and public. */
export async function updateArticle(tx: Tx, actor: Actor, articleId: string, input: ArticleInput) {
  assertCan(actor, "advice:manage");
  assertId(articleId);
  const updated = await tx
    .update(knowledgeArticles)
    .set({ ...values(input), updatedBy: actor.userId })
    .where(eq(knowledgeArticles.id, articleId))
    .returning({ id: knowledgeArticles.id });
  if (updated.length === 0) throw new AppError("NOT_FOUND");
  await recordAudit(tx, actor, {
    action: "update",
    entity: "knowledge_article",
    entityId: articleId,
    detail: { fields: ["title", "body", "category", "published", "public"], published: input.published },
  });
}

/** Whether anyone (without an account) may read the centre's public articles. */
export async function setKnowledgePublic(tx: Tx, actor: Actor, knowledgePublic: boolean): Promise<void> {
  assertCan(actor, "advice:manage");
  await tx
    .insert(adviceSettings)
    .values({ centreId: actor.centreId, knowledgePublic })
    .onConflictDoUpdate({ target: adviceSettings.centreId, set: { knowledgePublic } });
  await recordAudit(tx, actor, {
    action: "update",
    entity: "advice_settings",
    entityId: actor.centreId,
    detail: { knowledgePublic },
  });
}

/** The first line of the question, cut at a word, as the draft's title (the coordinator rewrites it). */
export function titleFrom(question: string): string {
  const line = question.split("\n")[0].trim();
  if (line.length <= 120) return line;
  const cut = line.slice(0, 120);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 60 ? cut.lastIndexOf(" ") : 120)}…`;
}

/** "Make an article of this answer": a draft (not published) with the question and its answer. */
export async function articleFromQuestion(tx: Tx, actor: Actor, questionId: string): Promise<{ id: string }> {
  assertCan(actor, "advice:manage");
  assertId(questionId);
  const [q] = await tx
    .select({
      question: adviceQuestions.question,
      answer: adviceQuestions.answer,
      category: adviceQuestions.category,
    })
    .from(adviceQuestions)
    .where(eq(adviceQuestions.id, questionId));
  if (!q) throw new AppError("NOT_FOUND");
  if (!q.answer) throw new AppError("CONFLICT", "advice:errors.noAnswer");
  return createArticle(tx, actor, {
    title: titleFrom(q.question),
    body: q.answer,
    category: q.category,
    published: false,
    public: false,
    fromQuestionId: questionId,
  });
}
