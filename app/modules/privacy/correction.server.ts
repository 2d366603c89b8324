import { and, desc, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { queryRows, type Tx } from "~/db/client.server";
import { correctionRequests, user } from "~/db/schema";
import { baseUrl } from "~/lib/config.server";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan, assertId } from "~/modules/accounts/guard";
import { recordAudit } from "~/modules/audit/record.server";
import { composeMail, fill, mailTexts } from "~/modules/mail/compose";
import { queueMail } from "~/modules/mail/queue.server";
import { mailSender } from "~/modules/mail/sender.server";
import type { correctionAnswerInput, correctionInput } from "./input";
import type { CorrectionStatus } from "./values";

/** The person asks the centre to correct something it holds about them (AVG art. 16). */
export async function requestCorrection(tx: Tx, actor: Actor, input: z.output<typeof correctionInput>) {
  const [row] = await tx
    .insert(correctionRequests)
    .values({ centreId: actor.centreId, userId: actor.userId, about: input.about, message: input.message })
    .returning({ id: correctionRequests.id });
  await recordAudit(tx, actor, {
    action: "create",
    entity: "correction_request",
    entityId: row.id,
    detail: { fields: ["about", "message"] },
  });
  return row;
}

/** The person's own requests and their answers, newest first. */
export async function ownCorrections(tx: Tx, actor: Actor) {
  return tx
    .select({
      id: correctionRequests.id,
      about: correctionRequests.about,
      message: correctionRequests.message,
      status: correctionRequests.status,
      answer: correctionRequests.answer,
      createdAt: correctionRequests.createdAt,
      answeredAt: correctionRequests.answeredAt,
    })
    .from(correctionRequests)
    .where(eq(correctionRequests.userId, actor.userId))
    .orderBy(desc(correctionRequests.createdAt));
}

export type CorrectionRow = {
  id: string;
  about: string;
  message: string;
  status: CorrectionStatus;
  answer: string | null;
  createdAt: Date;
  answeredAt: Date | null;
  person: string;
  email: string;
  answeredBy: string | null;
};

/** For the privacy page: open requests first, then the answered ones of the last year. */
export async function listCorrections(tx: Tx, actor: Actor): Promise<CorrectionRow[]> {
  assertCan(actor, "privacy:manage");
  return queryRows<CorrectionRow>(
    tx,
    sql`select c.id, c.about, c.message, c.status, c.answer, c.created_at as "createdAt",
        c.answered_at as "answeredAt", p.name as person, p.email, a.name as "answeredBy"
      from correction_requests c
      join "user" p on p.id = c.user_id
      left join "user" a on a.id = c.answered_by
      where c.status = 'open' or c.answered_at > now() - interval '1 year'
      order by (c.status = 'open') desc, c.created_at desc`,
  );
}

/**
 * A coordinator answers: corrected (they changed the data on its own page) or refused, with the reason.
 * The person gets the answer by mail and sees it on their data page; the answer is in the log.
 */
export async function answerCorrection(tx: Tx, actor: Actor, input: z.output<typeof correctionAnswerInput>) {
  assertCan(actor, "privacy:manage");
  assertId(input.correctionId);
  const [updated] = await tx
    .update(correctionRequests)
    .set({ status: input.status, answer: input.answer, answeredBy: actor.userId, answeredAt: new Date() })
    .where(and(eq(correctionRequests.id, input.correctionId), eq(correctionRequests.status, "open")))
    .returning({ userId: correctionRequests.userId });
  if (!updated) {
    const [exists] = await tx
      .select({ id: correctionRequests.id })
      .from(correctionRequests)
      .where(eq(correctionRequests.id, input.correctionId));
    if (!exists) throw new AppError("NOT_FOUND");
    throw new AppError("CONFLICT", "privacy:correction.errors.answered");
  }
  await recordAudit(tx, actor, {
    action: "status",
    entity: "correction_request",
    entityId: input.correctionId,
    detail: { status: input.status, fields: ["answer"] },
  });
  const [person] = await tx
    .select({ email: user.email, name: user.name, locale: user.locale })
    .from(user)
    .where(eq(user.id, updated.userId));
  const role = await queryRows<{ role: string }>(
    tx,
    sql`select role from memberships where user_id = ${updated.userId} and centre_id = ${actor.centreId}`,
  );
  const je = role[0]?.role !== "client_contact" && role[0]?.role !== "funder";
  const locale = person.locale === "en" ? "en" : "nl";
  const t = mailTexts(locale);
  const c = t.correction;
  const sender = await mailSender(tx, actor);
  await queueMail(
    tx,
    composeMail({ to: person.email, locale }, sender, {
      subject: je ? c.subjectJe : c.subject,
      greeting: fill(je ? t.hello.je : t.hello.u, { name: person.name }),
      blocks: [
        input.status === "corrected" ? (je ? c.correctedJe : c.corrected) : je ? c.refusedJe : c.refused,
        input.answer,
        { intro: je ? c.actionJe : c.action, href: `${baseUrl()}/account/data` },
      ],
    }),
  );
}
