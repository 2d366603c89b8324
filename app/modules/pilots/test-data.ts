/**
 * Invented pilot answers for module tests: under one grant, a municipalities pilot with 6 before
 * (all 2) and 5 after (all 4) answers, and an education pilot with 3 of each (a small group).
 */
import { type Db, inCentre } from "~/db/client.server";
import {
  grantPilots,
  pilotAnswers,
  pilotParticipants,
  pilotQuestionnaires,
  pilotStatements,
} from "~/db/schema";
import { hashToken } from "~/modules/evaluations/token.server";

export const PILOT_STATEMENT = "Ik weet welke aanpak werkt bij mensen in armoede";

export async function seedPilotAnswers(db: Db, centreId: string, grantId: string) {
  await inCentre(db, centreId, async (tx) => {
    const pilot = async (sector: string, name: string, before: number[], after: number[]) => {
      const [row] = await tx
        .insert(grantPilots)
        .values({ centreId, grantId, sector, name })
        .returning({ id: grantPilots.id });
      const [statement] = await tx
        .insert(pilotStatements)
        .values({ centreId, pilotId: row.id, text: PILOT_STATEMENT })
        .returning({ id: pilotStatements.id });
      const count = Math.max(before.length, after.length);
      for (let n = 0; n < count; n++) {
        const [p] = await tx
          .insert(pilotParticipants)
          .values({
            centreId,
            pilotId: row.id,
            name: `Professional ${n}`,
            email: `p${n}.${row.id}@example.org`,
          })
          .returning({ id: pilotParticipants.id });
        for (const [moment, scores] of [
          ["before", before],
          ["after", after],
        ] as const) {
          if (scores[n] === undefined) continue;
          const [q] = await tx
            .insert(pilotQuestionnaires)
            .values({
              centreId,
              pilotId: row.id,
              participantId: p.id,
              moment,
              tokenHash: hashToken(crypto.randomUUID()),
              answeredAt: new Date(),
            })
            .returning({ id: pilotQuestionnaires.id });
          await tx
            .insert(pilotAnswers)
            .values({ centreId, questionnaireId: q.id, statementId: statement.id, score: scores[n] });
        }
      }
    };
    await pilot("gemeenten", "Gemeente Rivierstad", [2, 2, 2, 2, 2, 2], [4, 4, 4, 4, 4]);
    await pilot("onderwijs", "ROC Noord", [3, 3, 3], [5, 5, 5]);
  });
}
