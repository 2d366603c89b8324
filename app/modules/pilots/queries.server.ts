import { asc, count, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { grantPilots, grants, pilotAnswers, pilotQuestionnaires, pilotStatements } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan, assertId } from "~/modules/accounts/guard";
import { readImpactSettings } from "~/modules/outcomes/settings.server";
import { type StatementResult, statementResult } from "./rules";
import { participantStates } from "./send.server";
import type { QuestionnaireMoment } from "./values";

/** The pilots list: per grant, then per sector, with how many take part and answered. */
export async function listPilots(tx: Tx, actor: Actor) {
  assertCan(actor, "pilots:manage");
  return tx
    .select({
      id: grantPilots.id,
      name: grantPilots.name,
      sector: grantPilots.sector,
      grantId: grants.id,
      grant: grants.name,
      startsOn: grantPilots.startsOn,
      endsOn: grantPilots.endsOn,
      afterDueOn: grantPilots.afterDueOn,
      participants: sql<number>`(select count(*) from pilot_participants p where p.pilot_id = "grant_pilots"."id")::int`,
      answeredBefore: sql<number>`(select count(*) from pilot_questionnaires q where q.pilot_id = "grant_pilots"."id" and q.moment = 'before' and q.answered_at is not null)::int`,
      answeredAfter: sql<number>`(select count(*) from pilot_questionnaires q where q.pilot_id = "grant_pilots"."id" and q.moment = 'after' and q.answered_at is not null)::int`,
    })
    .from(grantPilots)
    .innerJoin(grants, eq(grants.id, grantPilots.grantId))
    .orderBy(asc(grants.name), asc(grantPilots.sector), asc(grantPilots.name));
}

/** The grants a pilot can be under. */
export async function grantOptions(tx: Tx, actor: Actor) {
  assertCan(actor, "pilots:manage");
  return tx.select({ id: grants.id, name: grants.name }).from(grants).orderBy(asc(grants.name));
}

type Scored = { statementId: string; moment: QuestionnaireMoment; score: number };

function scoresOf(tx: Tx, where: SQL) {
  return tx
    .select({
      statementId: pilotAnswers.statementId,
      moment: pilotQuestionnaires.moment,
      score: pilotAnswers.score,
    })
    .from(pilotAnswers)
    .innerJoin(pilotQuestionnaires, eq(pilotQuestionnaires.id, pilotAnswers.questionnaireId))
    .where(where);
}

const split = (rows: Scored[], moment: QuestionnaireMoment) =>
  rows.filter((r) => r.moment === moment).map((r) => r.score);

/** One pilot with its statements, participants (with their questionnaires) and results per statement. */
export async function pilotDetail(tx: Tx, actor: Actor, pilotId: string) {
  assertCan(actor, "pilots:manage");
  assertId(pilotId);
  const [pilot] = await tx
    .select({
      id: grantPilots.id,
      name: grantPilots.name,
      sector: grantPilots.sector,
      grantId: grantPilots.grantId,
      grant: grants.name,
      startsOn: grantPilots.startsOn,
      endsOn: grantPilots.endsOn,
      afterDueOn: grantPilots.afterDueOn,
    })
    .from(grantPilots)
    .innerJoin(grants, eq(grants.id, grantPilots.grantId))
    .where(eq(grantPilots.id, pilotId));
  if (!pilot) throw new AppError("NOT_FOUND");
  const statements = await tx
    .select({
      id: pilotStatements.id,
      text: pilotStatements.text,
      active: pilotStatements.active,
      answers: count(pilotAnswers.id),
    })
    .from(pilotStatements)
    .leftJoin(pilotAnswers, eq(pilotAnswers.statementId, pilotStatements.id))
    .where(eq(pilotStatements.pilotId, pilotId))
    .groupBy(pilotStatements.id)
    .orderBy(asc(pilotStatements.position), asc(pilotStatements.createdAt));
  const participants = await participantStates(tx, pilotId);
  const { smallGroupLimit: limit } = await readImpactSettings(tx, actor.centreId);
  const scores = await scoresOf(tx, eq(pilotQuestionnaires.pilotId, pilotId));
  const results = statements
    .filter((s) => s.active || s.answers > 0)
    .map((s) => {
      const mine = scores.filter((r) => r.statementId === s.id);
      return {
        id: s.id,
        text: s.text,
        ...statementResult(split(mine, "before"), split(mine, "after"), limit),
      };
    });
  return {
    pilot,
    statements: statements.map((s) => ({ ...s, answers: Number(s.answers) })),
    participants,
    results,
    limit,
  };
}

export type SectorResult = {
  sector: string;
  pilots: number;
  statements: ({ text: string } & StatementResult)[];
};

/**
 * The change per sector and per statement over the pilots of some grants (the impact dashboard and
 * the grant report): statements with the same words count together across the sector's pilots.
 * Small groups hidden ("<limit") for everyone: a score of one or two professionals is theirs.
 * Access is checked by the caller.
 */
export async function sectorResults(tx: Tx, grantIds: string[], limit: number): Promise<SectorResult[]> {
  if (grantIds.length === 0) return [];
  const pilots = await tx
    .select({ id: grantPilots.id, sector: grantPilots.sector })
    .from(grantPilots)
    .where(inArray(grantPilots.grantId, grantIds));
  if (pilots.length === 0) return [];
  const pilotIds = pilots.map((p) => p.id);
  const statements = await tx
    .select({
      id: pilotStatements.id,
      pilotId: pilotStatements.pilotId,
      text: pilotStatements.text,
      position: pilotStatements.position,
    })
    .from(pilotStatements)
    .where(inArray(pilotStatements.pilotId, pilotIds))
    .orderBy(asc(pilotStatements.position));
  const scores = await tx
    .select({
      statementId: pilotAnswers.statementId,
      moment: pilotQuestionnaires.moment,
      score: pilotAnswers.score,
    })
    .from(pilotAnswers)
    .innerJoin(pilotQuestionnaires, eq(pilotQuestionnaires.id, pilotAnswers.questionnaireId))
    .where(inArray(pilotQuestionnaires.pilotId, pilotIds));
  const sectorOf = new Map(pilots.map((p) => [p.id, p.sector]));
  const bySector = new Map<string, Map<string, Scored[]>>();
  for (const s of statements) {
    const sector = sectorOf.get(s.pilotId ?? "") ?? "";
    const texts = bySector.get(sector) ?? new Map<string, Scored[]>();
    bySector.set(sector, texts);
    const list = texts.get(s.text) ?? [];
    texts.set(s.text, list);
    list.push(...scores.filter((r) => r.statementId === s.id));
  }
  return [...bySector.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([sector, texts]) => ({
      sector,
      pilots: pilots.filter((p) => p.sector === sector).length,
      statements: [...texts.entries()]
        .filter(([, rows]) => rows.length > 0)
        .map(([text, rows]) => ({
          text,
          ...statementResult(split(rows, "before"), split(rows, "after"), limit),
        })),
    }))
    .filter((s) => s.statements.length > 0);
}
