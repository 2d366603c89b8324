import type {
  grantPilots,
  pilotAnswers,
  pilotParticipants,
  pilotQuestionnaires,
  pilotStatements,
} from "~/db/schema";
import { addDays, amsterdamToDate } from "~/lib/dates";
import { hashToken } from "~/modules/evaluations/token.server";
import { defaultStatements } from "~/modules/pilots/values";
import type { Random } from "./random";

export type DemoPilotRows = {
  grantPilots: (typeof grantPilots.$inferInsert)[];
  pilotStatements: (typeof pilotStatements.$inferInsert)[];
  pilotParticipants: (typeof pilotParticipants.$inferInsert)[];
  pilotQuestionnaires: (typeof pilotQuestionnaires.$inferInsert)[];
  pilotAnswers: (typeof pilotAnswers.$inferInsert)[];
};

/**
 * A pilot per sector under the demo grant, with invented professionals who answered before and
 * after. Housing has only three answers after, so the dashboard and the report show "<5" there; the
 * companies pilot is still running (before only, two after-questionnaires sent and open).
 */
const pilots = [
  {
    sector: "gemeenten",
    name: "Gemeente Rivierstad, wijkteams",
    org: "Wijkteam",
    people: 8,
    after: 7,
    rise: 1.3,
  },
  { sector: "onderwijs", name: "ROC Noorderpoort, docenten", org: "ROC", people: 6, after: 6, rise: 1.0 },
  {
    sector: "woningcorporaties",
    name: "Woonstichting Dak, consulenten",
    org: "Woonstichting",
    people: 5,
    after: 3,
    rise: 1.5,
  },
  { sector: "bedrijven", name: "Schoonmaakbedrijf Glans", org: "Glans", people: 6, after: 0, rise: 0 },
] as const;

const firstNames = ["Anouk", "Bas", "Chantal", "Dirk", "Esra", "Floor", "Gijs", "Hanna", "Imane", "Joris"];
const lastNames = ["de Wit", "Bakker", "Yilmaz", "Smits", "Verhoef", "Mulder", "Kok", "Peeters"];

export function buildPilots(
  rand: Random,
  ctx: { centreId: string; today: Date; grantId: string | null },
): DemoPilotRows {
  const rows: DemoPilotRows = {
    grantPilots: [],
    pilotStatements: [],
    pilotParticipants: [],
    pilotQuestionnaires: [],
    pilotAnswers: [],
  };
  if (!ctx.grantId) return rows;
  const { centreId, grantId } = ctx;
  const today = ctx.today.toISOString().slice(0, 10);
  const clamp = (n: number) => Math.max(1, Math.min(5, Math.round(n)));
  pilots.forEach((p, i) => {
    const pilotId = rand.uuid();
    const running = p.after === 0;
    const startsOn = addDays(today, running ? -40 : -200 + i * 10);
    const endsOn = addDays(today, running ? 80 : -20);
    rows.grantPilots.push({
      id: pilotId,
      centreId,
      grantId,
      sector: p.sector,
      name: p.name,
      startsOn,
      endsOn,
      afterDueOn: addDays(endsOn, 14),
    });
    const statementIds = defaultStatements.map((text, position) => {
      const id = rand.uuid();
      rows.pilotStatements.push({ id, centreId, pilotId, text, position });
      return id;
    });
    for (let n = 0; n < p.people; n++) {
      const participantId = rand.uuid();
      const first = firstNames[(n + i * 3) % firstNames.length];
      const last = lastNames[(n + i) % lastNames.length];
      rows.pilotParticipants.push({
        id: participantId,
        centreId,
        pilotId,
        name: `${first} ${last}`,
        email: `${first.toLowerCase()}.${i}${n}@${p.org.toLowerCase()}.demo.example`,
        organisation: p.org,
      });
      const base = statementIds.map(() => rand.int(1, 3));
      const moments: { moment: "before" | "after"; answered: boolean; scores: number[] }[] = [
        { moment: "before", answered: true, scores: base },
      ];
      if (n < p.after)
        moments.push({
          moment: "after",
          answered: true,
          scores: base.map((b) => clamp(b + p.rise + rand.int(-1, 1) * 0.5)),
        });
      else if (!running || n < 2) moments.push({ moment: "after", answered: false, scores: [] });
      for (const m of moments) {
        const questionnaireId = rand.uuid();
        const sentOn = m.moment === "before" ? startsOn : running ? today : endsOn;
        rows.pilotQuestionnaires.push({
          id: questionnaireId,
          centreId,
          pilotId,
          participantId,
          moment: m.moment,
          tokenHash: hashToken(`demo-vragenlijst-${questionnaireId}`),
          sentAt: amsterdamToDate(sentOn, "09:00"),
          answeredAt: m.answered ? amsterdamToDate(addDays(sentOn, 2), "11:00") : null,
        });
        m.scores.forEach((score, s) => {
          rows.pilotAnswers.push({ centreId, questionnaireId, statementId: statementIds[s], score });
        });
      }
    }
  });
  return rows;
}
