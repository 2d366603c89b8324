import type {
  cohorts,
  grants,
  grantTargets,
  measurements,
  OutcomeKind,
  outcomes,
  Situation,
  trainees,
} from "~/db/schema";
import { addDays } from "~/lib/dates";
import { firstNames, lastNames } from "./people";
import type { Random } from "./random";

type Insert<T extends { $inferInsert: unknown }> = T["$inferInsert"];

export type DemoTrainingRows = {
  grants: Insert<typeof grants>[];
  grantTargets: Insert<typeof grantTargets>[];
  cohorts: Insert<typeof cohorts>[];
  trainees: Insert<typeof trainees>[];
  outcomes: Insert<typeof outcomes>[];
  measurements: Insert<typeof measurements>[];
};

/**
 * The seeds' own table, as invented records: 44 trained in Groningen and Drenthe; 20 into paid work,
 * 10 volunteer work, 8 job seeking, 6 another path; 40 came from long-term unemployment; 35 rose on
 * the Participatieladder. The dashboard computes 45.5% / 22.7% / 18.2% / 13.6%, 90.9% and 79.5% from them.
 * Plus a cohort in training now, under the province's grant "Samen werken met ervaring".
 */
export function buildTraining(rand: Random, ctx: { centreId: string; today: Date }): DemoTrainingRows {
  const { centreId } = ctx;
  const year = ctx.today.getUTCFullYear();
  const grantId = rand.uuid();
  const rows: DemoTrainingRows = {
    grants: [
      {
        id: grantId,
        centreId,
        name: "Samen werken met ervaring",
        funderName: "Provincie (demo)",
        amountCents: 250_000_00,
        startsOn: `${year - 2}-01-01`,
        endsOn: `${year + 1}-12-31`,
        province: "Groningen",
        description:
          "Ervaringsdeskundigen opleiden en laten werken bij gemeenten, scholen, woningcorporaties en bedrijven.",
      },
    ],
    grantTargets: [
      { centreId, grantId, metric: "trained", target: 50 },
      { centreId, grantId, metric: "paid_job_share", target: 40 },
      { centreId, grantId, metric: "activated_share", target: 75 },
    ],
    cohorts: [],
    trainees: [],
    outcomes: [],
    measurements: [],
  };
  const groups = [
    { name: `Keuzedeel Groningen ${year - 2}`, province: "Groningen", start: `${year - 2}-09-01`, size: 16 },
    { name: `Keuzedeel Drenthe ${year - 2}`, province: "Drenthe", start: `${year - 2}-09-15`, size: 14 },
    { name: `Keuzedeel Groningen ${year - 1}`, province: "Groningen", start: `${year - 1}-02-01`, size: 14 },
    { name: `Keuzedeel Groningen ${year}`, province: "Groningen", start: `${year}-09-01`, size: 8 },
  ];
  const outcomePlan: OutcomeKind[] = [
    ...Array<OutcomeKind>(20).fill("paid_job"),
    ...Array<OutcomeKind>(10).fill("volunteer"),
    ...Array<OutcomeKind>(8).fill("job_seeking"),
    ...Array<OutcomeKind>(6).fill("other_path"),
  ];
  let graduate = 0;
  for (const [index, group] of groups.entries()) {
    const cohortId = rand.uuid();
    const finished = index < 3;
    const end = addDays(group.start, 40 * 7);
    rows.cohorts.push({
      id: cohortId,
      centreId,
      name: group.name,
      kind: "keuzedeel",
      trainingPartner: "ROC (demo)",
      location: group.province === "Drenthe" ? "Assen" : "Groningen",
      province: group.province,
      startsOn: group.start,
      endsOn: end,
      grantId,
    });
    for (let i = 0; i < group.size; i++) {
      const traineeId = rand.uuid();
      const n = graduate;
      const situation: Situation = !finished || n % 11 !== 10 ? "long_term_unemployed" : "unemployed";
      rows.trainees.push({
        id: traineeId,
        centreId,
        cohortId,
        externalId: `DEMO-${index + 1}-${String(i + 1).padStart(2, "0")}`,
        firstName: rand.pick(firstNames),
        lastName: rand.pick(lastNames),
        province: group.province,
        ownExperience: true,
        experienceBehind: true,
        motivated: true,
        intakeStatus: "accepted",
        status: finished ? "certified" : "in_training",
        situationBefore: situation,
        benefitBefore: situation === "long_term_unemployed" ? "bijstand" : "WW",
        lifeStoryOn: addDays(group.start, 70),
        reflectionOn: finished ? addDays(group.start, 180) : null,
        placementOn: finished ? addDays(group.start, 220) : null,
        finalAssessmentOn: finished ? addDays(end, -14) : null,
        finalAssessmentPassed: finished ? true : null,
        certifiedOn: finished ? end : null,
      });
      const intake = 1 + (n % 3);
      rows.measurements.push({
        centreId,
        traineeId,
        moment: "intake",
        measuredOn: group.start,
        ladder: intake,
      });
      if (!finished) continue;
      const kind = outcomePlan[n];
      // 35 of the 44 rise at least one rung; the others stay where they were
      const rises = n % 5 !== 4 && n !== 41;
      const latest = rises
        ? Math.min(6, intake + (kind === "paid_job" ? 3 : kind === "volunteer" ? 2 : 1))
        : intake;
      rows.measurements.push({
        centreId,
        traineeId,
        moment: "month_6",
        measuredOn: addDays(end, 182),
        ladder: latest,
      });
      if (kind !== "job_seeking") {
        rows.outcomes.push({
          centreId,
          traineeId,
          kind: "job_seeking",
          startsOn: addDays(end, 1),
          source: "centre",
        });
      }
      rows.outcomes.push({
        centreId,
        traineeId,
        kind,
        startsOn: addDays(end, 30 + (n % 90)),
        employer:
          kind === "paid_job"
            ? rand.pick(["Gemeente (demo)", "Welzijnsorganisatie (demo)", "Woningcorporatie (demo)"])
            : null,
        hoursPerWeek: kind === "paid_job" ? 16 + (n % 4) * 4 : kind === "volunteer" ? 8 : null,
        sector: kind === "paid_job" || kind === "volunteer" ? "sociaal domein" : null,
        source: "centre",
      });
      graduate += 1;
    }
  }
  return rows;
}
