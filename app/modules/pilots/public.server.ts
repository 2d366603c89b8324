import { and, asc, eq } from "drizzle-orm";
import { type Db, inCentre, type Tx } from "~/db/client.server";
import { centres, grantPilots, pilotAnswers, pilotQuestionnaires, pilotStatements } from "~/db/schema";
import { AppError } from "~/lib/errors";
import { recordAudit } from "~/modules/audit/record.server";
import { hashToken } from "~/modules/evaluations/token.server";
import { missingStatements } from "./rules";

/**
 * The professional's questionnaire, public (no account): the token from the mail says which one it is.
 * The lookup runs as the owner and returns only the centre and the id; the rest runs in the centre.
 */
async function questionnaireByToken(db: Db, token: string) {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) throw new AppError("NOT_FOUND", "pilots:public.notFound");
  const [row] = await db
    .select({ id: pilotQuestionnaires.id, centreId: pilotQuestionnaires.centreId })
    .from(pilotQuestionnaires)
    .where(eq(pilotQuestionnaires.tokenHash, hashToken(token)));
  if (!row) throw new AppError("NOT_FOUND", "pilots:public.notFound");
  return row;
}

function askedStatements(tx: Tx, pilotId: string) {
  return tx
    .select({ id: pilotStatements.id, text: pilotStatements.text })
    .from(pilotStatements)
    .where(and(eq(pilotStatements.pilotId, pilotId), eq(pilotStatements.active, true)))
    .orderBy(asc(pilotStatements.position), asc(pilotStatements.createdAt));
}

/** What the public page shows: the centre, the pilot, the moment, the statements, or that it is done. */
export async function publicQuestionnaire(db: Db, token: string) {
  const found = await questionnaireByToken(db, token);
  return inCentre(db, found.centreId, async (tx) => {
    const [row] = await tx
      .select({
        centreName: centres.name,
        centreSlug: centres.slug,
        pilotId: grantPilots.id,
        pilot: grantPilots.name,
        moment: pilotQuestionnaires.moment,
        answeredAt: pilotQuestionnaires.answeredAt,
      })
      .from(pilotQuestionnaires)
      .innerJoin(grantPilots, eq(grantPilots.id, pilotQuestionnaires.pilotId))
      .innerJoin(centres, eq(centres.id, pilotQuestionnaires.centreId))
      .where(eq(pilotQuestionnaires.id, found.id));
    if (!row) throw new AppError("NOT_FOUND", "pilots:public.notFound");
    const statements = row.answeredAt ? [] : await askedStatements(tx, row.pilotId);
    return {
      centreName: row.centreName,
      centreSlug: row.centreSlug,
      pilot: row.pilot,
      moment: row.moment,
      answered: row.answeredAt != null,
      statements,
    };
  });
}

/**
 * Saves a score for every statement asked, once. A second time is refused (CONFLICT) and changes
 * nothing; a statement left out is INVALID with its field, and nothing is saved.
 */
export async function answerQuestionnaire(db: Db, token: string, scores: ReadonlyMap<string, number>) {
  const found = await questionnaireByToken(db, token);
  return inCentre(db, found.centreId, async (tx) => {
    const [row] = await tx
      .select({ pilotId: pilotQuestionnaires.pilotId, answeredAt: pilotQuestionnaires.answeredAt })
      .from(pilotQuestionnaires)
      .where(eq(pilotQuestionnaires.id, found.id))
      .for("update");
    if (!row) throw new AppError("NOT_FOUND", "pilots:public.notFound");
    if (row.answeredAt) throw new AppError("CONFLICT", "pilots:public.alreadyAnswered");
    const asked = (await askedStatements(tx, row.pilotId)).map((s) => s.id);
    if (asked.length === 0) throw new AppError("INVALID", "pilots:errors.answerAll");
    const missing = missingStatements(asked, scores);
    if (missing.length)
      throw new AppError(
        "INVALID",
        "pilots:errors.answerAll",
        Object.fromEntries(missing.map((id) => [`s_${id}`, ["pilots:errors.scoreRequired"]])),
      );
    await tx.insert(pilotAnswers).values(
      asked.map((statementId) => ({
        centreId: found.centreId,
        questionnaireId: found.id,
        statementId,
        score: scores.get(statementId) as number,
      })),
    );
    await tx
      .update(pilotQuestionnaires)
      .set({ answeredAt: new Date() })
      .where(eq(pilotQuestionnaires.id, found.id));
    await recordAudit(
      tx,
      { centreId: found.centreId, userId: null },
      {
        action: "update",
        entity: "pilot_questionnaire",
        entityId: found.id,
        detail: { fields: ["answers", "answeredAt"], statements: asked.length },
      },
    );
    return { answered: asked.length };
  });
}
