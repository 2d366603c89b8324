import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { adviceQuestions, memberships, user } from "~/db/schema";
import { isLocale } from "~/i18n/resources";
import { baseUrl } from "~/lib/config.server";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan, assertId } from "~/modules/accounts/guard";
import { recordAudit } from "~/modules/audit/record.server";
import { composeMail, fill, mailTexts } from "~/modules/mail/compose";
import { queueMail } from "~/modules/mail/queue.server";
import { mailSender } from "~/modules/mail/sender.server";
import type { AdviceStatus } from "./values";

/** A question may be assigned only to a coordinator or admin of this centre. */
export async function assertStaffMember(tx: Tx, actor: Actor, userId: string, field: string): Promise<void> {
  const [member] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(
      and(
        eq(memberships.centreId, actor.centreId),
        eq(memberships.userId, userId),
        inArray(memberships.role, ["coordinator", "admin"]),
      ),
    );
  if (!member)
    throw new AppError("INVALID", "advice:errors.notStaff", { [field]: ["advice:errors.notStaff"] });
}

/** The team member who got a question hears of it (in their language). */
export async function mailAssigned(
  tx: Tx,
  actor: Actor,
  question: { id: string; organisation: string },
  userId: string,
): Promise<void> {
  const [person] = await tx
    .select({ email: user.email, locale: user.locale })
    .from(user)
    .where(eq(user.id, userId));
  if (!person) return;
  const locale = isLocale(person.locale) ? person.locale : "nl";
  const t = mailTexts(locale);
  await queueMail(
    tx,
    composeMail({ to: person.email, locale }, await mailSender(tx, actor), {
      subject: fill(t.advice.assignedSubject, { organisation: question.organisation }),
      greeting: t.hello.plain,
      blocks: [
        fill(t.advice.assignedIntro, { organisation: question.organisation }),
        { intro: t.advice.assignedAction, href: `${baseUrl()}/advice/${question.id}` },
      ],
    }),
  );
}

async function lockQuestion(tx: Tx, actor: Actor, questionId: string) {
  assertCan(actor, "advice:manage");
  assertId(questionId);
  const [row] = await tx
    .select({
      id: adviceQuestions.id,
      status: adviceQuestions.status,
      organisation: adviceQuestions.organisation,
      askerName: adviceQuestions.askerName,
      askerEmail: adviceQuestions.askerEmail,
      question: adviceQuestions.question,
      locale: adviceQuestions.locale,
      assignedTo: adviceQuestions.assignedTo,
    })
    .from(adviceQuestions)
    .where(eq(adviceQuestions.id, questionId))
    .for("update");
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

const conflict = () => new AppError("CONFLICT", "advice:errors.wrongStatus");

/** Gives a new or assigned question to a team member (who gets a mail, unless it is you). */
export async function assignQuestion(tx: Tx, actor: Actor, questionId: string, assignedTo: string) {
  const q = await lockQuestion(tx, actor, questionId);
  if (q.status !== "new" && q.status !== "assigned") throw conflict();
  await assertStaffMember(tx, actor, assignedTo, "assignedTo");
  await tx
    .update(adviceQuestions)
    .set({ status: "assigned", assignedTo })
    .where(eq(adviceQuestions.id, questionId));
  await recordAudit(tx, actor, {
    action: "status",
    entity: "advice_question",
    entityId: questionId,
    detail: { from: q.status, to: "assigned", fields: ["assignedTo"] },
  });
  if (assignedTo !== actor.userId && assignedTo !== q.assignedTo)
    await mailAssigned(tx, actor, q, assignedTo);
}

/**
 * Answers a question: the answer is saved and mailed to the asker ("u", Reply-To the one who
 * answered). A question nobody had is assigned to the one who answers.
 */
export async function answerQuestion(tx: Tx, actor: Actor, questionId: string, answer: string) {
  const q = await lockQuestion(tx, actor, questionId);
  if (q.status !== "new" && q.status !== "assigned") throw conflict();
  await tx
    .update(adviceQuestions)
    .set({
      status: "answered",
      answer,
      answeredAt: new Date(),
      answeredBy: actor.userId,
      assignedTo: q.assignedTo ?? actor.userId,
    })
    .where(eq(adviceQuestions.id, questionId));
  await recordAudit(tx, actor, {
    action: "status",
    entity: "advice_question",
    entityId: questionId,
    detail: { from: q.status, to: "answered", fields: ["answer"] },
  });
  const locale = isLocale(q.locale) ? q.locale : "nl";
  const t = mailTexts(locale);
  await queueMail(
    tx,
    composeMail({ to: q.askerEmail, locale }, await mailSender(tx, actor), {
      subject: t.advice.answerSubject,
      greeting: fill(t.hello.u, { name: q.askerName }),
      blocks: [t.advice.answerIntro, t.advice.yourQuestion, q.question, answer, t.advice.answerMore],
    }),
  );
}

/**
 * Closes a question (answered or not: a question that was settled by phone is closed as well). A
 * question that is closed already stays as it is (a second click changes nothing).
 */
export async function closeQuestion(tx: Tx, actor: Actor, questionId: string) {
  const q = await lockQuestion(tx, actor, questionId);
  if (q.status === "closed") return;
  await tx
    .update(adviceQuestions)
    .set({ status: "closed", closedAt: new Date() })
    .where(eq(adviceQuestions.id, questionId));
  await recordAudit(tx, actor, {
    action: "status",
    entity: "advice_question",
    entityId: questionId,
    detail: { from: q.status, to: "closed" },
  });
}

/**
 * Opens a closed question again: back to answered when it had an answer, else to assigned or new.
 * A question that is open already stays as it is.
 */
export async function reopenQuestion(tx: Tx, actor: Actor, questionId: string) {
  const q = await lockQuestion(tx, actor, questionId);
  if (q.status !== "closed") return;
  const [{ answeredAt }] = await tx
    .select({ answeredAt: adviceQuestions.answeredAt })
    .from(adviceQuestions)
    .where(eq(adviceQuestions.id, questionId));
  const to: AdviceStatus = answeredAt ? "answered" : q.assignedTo ? "assigned" : "new";
  await tx
    .update(adviceQuestions)
    .set({ status: to, closedAt: null })
    .where(eq(adviceQuestions.id, questionId));
  await recordAudit(tx, actor, {
    action: "status",
    entity: "advice_question",
    entityId: questionId,
    detail: { from: "closed", to },
  });
}
