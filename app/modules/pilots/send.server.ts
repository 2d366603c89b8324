import { and, asc, count, eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { pilotParticipants, pilotQuestionnaires, pilotStatements } from "~/db/schema";
import { baseUrl } from "~/lib/config.server";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan, assertId } from "~/modules/accounts/guard";
import { recordAudit } from "~/modules/audit/record.server";
import { newToken } from "~/modules/evaluations/token.server";
import { composeMail, fill, mailTexts, type Sender } from "~/modules/mail/compose";
import { queueMail } from "~/modules/mail/queue.server";
import { mailSender } from "~/modules/mail/sender.server";
import { assertPilot } from "./participants.server";
import { questionnaireState, toSend } from "./rules";
import type { QuestionnaireMoment } from "./values";

type Person = { id: string; name: string; email: string };

function questionnaireMail(
  person: Person,
  sender: Sender,
  pilot: string,
  moment: QuestionnaireMoment,
  questions: number,
  token: string,
) {
  const all = mailTexts("nl");
  const t = all.pilotQuestionnaire;
  const values = { pilot, centre: sender.centreName, count: questions };
  return composeMail({ to: person.email, locale: "nl" }, sender, {
    subject: fill(t.subject[moment], values),
    greeting: fill(all.hello.u, { name: person.name }),
    blocks: [
      fill(t.intro[moment], values),
      fill(t.ask, values),
      { intro: t.action, href: `${baseUrl()}/vragenlijst/${token}` },
      t.note,
    ],
  });
}

async function activeStatementCount(tx: Tx, pilotId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(pilotStatements)
    .where(and(eq(pilotStatements.pilotId, pilotId), eq(pilotStatements.active, true)));
  return Number(row?.n ?? 0);
}

/** Each participant with the state of their questionnaires. */
export async function participantStates(tx: Tx, pilotId: string) {
  const people = await tx
    .select({
      id: pilotParticipants.id,
      name: pilotParticipants.name,
      email: pilotParticipants.email,
      organisation: pilotParticipants.organisation,
      clientReference: pilotParticipants.clientReference,
    })
    .from(pilotParticipants)
    .where(eq(pilotParticipants.pilotId, pilotId))
    .orderBy(asc(pilotParticipants.name));
  const sent = await tx
    .select({
      participantId: pilotQuestionnaires.participantId,
      moment: pilotQuestionnaires.moment,
      sentAt: pilotQuestionnaires.sentAt,
      answeredAt: pilotQuestionnaires.answeredAt,
    })
    .from(pilotQuestionnaires)
    .where(eq(pilotQuestionnaires.pilotId, pilotId));
  return people.map((p) => {
    const of = (moment: QuestionnaireMoment) =>
      sent.find((q) => q.participantId === p.id && q.moment === moment);
    return {
      ...p,
      states: { before: questionnaireState(of("before")), after: questionnaireState(of("after")) },
      answeredAt: { before: of("before")?.answeredAt ?? null, after: of("after")?.answeredAt ?? null },
    };
  });
}

/**
 * Mails the questionnaire of one moment to every participant who did not get it yet, each with a
 * secret link (only its hash is kept), in the same transaction. Nobody left: CONFLICT.
 */
export async function sendQuestionnaires(
  tx: Tx,
  actor: Actor,
  input: { pilotId: string; moment: QuestionnaireMoment },
): Promise<{ sent: number }> {
  assertCan(actor, "pilots:manage");
  const pilot = await assertPilot(tx, input.pilotId);
  const questions = await activeStatementCount(tx, input.pilotId);
  if (questions === 0) throw new AppError("CONFLICT", "pilots:errors.noActiveStatement");
  const people = toSend(await participantStates(tx, input.pilotId), input.moment);
  if (people.length === 0) throw new AppError("CONFLICT", "pilots:errors.nobodyToSend");
  const sender = await mailSender(tx, actor);
  for (const person of people) {
    const { token, hash } = newToken();
    await tx.insert(pilotQuestionnaires).values({
      centreId: actor.centreId,
      pilotId: input.pilotId,
      participantId: person.id,
      moment: input.moment,
      tokenHash: hash,
    });
    await queueMail(tx, questionnaireMail(person, sender, pilot.name, input.moment, questions, token));
  }
  await recordAudit(tx, actor, {
    action: "create",
    entity: "pilot_questionnaire",
    entityId: input.pilotId,
    detail: { moment: input.moment, sent: people.length },
  });
  return { sent: people.length };
}

/** Sends one participant's unanswered questionnaire again with a new link (the old one stops working). */
export async function sendAgain(
  tx: Tx,
  actor: Actor,
  input: { pilotId: string; participantId: string; moment: QuestionnaireMoment },
): Promise<void> {
  assertCan(actor, "pilots:manage");
  const pilot = await assertPilot(tx, input.pilotId);
  assertId(input.participantId);
  const [row] = await tx
    .select({
      id: pilotQuestionnaires.id,
      answeredAt: pilotQuestionnaires.answeredAt,
      name: pilotParticipants.name,
      email: pilotParticipants.email,
      participantId: pilotParticipants.id,
    })
    .from(pilotQuestionnaires)
    .innerJoin(pilotParticipants, eq(pilotParticipants.id, pilotQuestionnaires.participantId))
    .where(
      and(
        eq(pilotQuestionnaires.pilotId, input.pilotId),
        eq(pilotQuestionnaires.participantId, input.participantId),
        eq(pilotQuestionnaires.moment, input.moment),
      ),
    )
    .for("update");
  if (!row) throw new AppError("NOT_FOUND");
  if (row.answeredAt) throw new AppError("CONFLICT", "pilots:errors.alreadyAnswered");
  const { token, hash } = newToken();
  await tx
    .update(pilotQuestionnaires)
    .set({ tokenHash: hash, sentAt: new Date() })
    .where(eq(pilotQuestionnaires.id, row.id));
  const questions = await activeStatementCount(tx, input.pilotId);
  await queueMail(
    tx,
    questionnaireMail(
      { id: row.participantId, name: row.name, email: row.email },
      await mailSender(tx, actor),
      pilot.name,
      input.moment,
      questions,
      token,
    ),
  );
  await recordAudit(tx, actor, {
    action: "update",
    entity: "pilot_questionnaire",
    entityId: row.id,
    detail: { fields: ["tokenHash", "sentAt"], moment: input.moment },
  });
}
