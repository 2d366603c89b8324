import { randomUUID } from "node:crypto";
import type { Db } from "~/db/client.server";
import {
  cohorts,
  grants,
  type MeasurementMoment,
  measurements,
  type OutcomeKind,
  outcomes,
  trainees,
} from "~/db/schema";

/**
 * Training data for outcome tests and journeys (as the owner): cohorts, trainees, outcomes and
 * measurements with invented names. Not used by the app itself.
 */
const unique = () => randomUUID().slice(0, 8);

export async function insertGrant(
  db: Db,
  centreId: string,
  overrides: Partial<typeof grants.$inferInsert> = {},
) {
  const [row] = await db
    .insert(grants)
    .values({
      centreId,
      name: `Subsidie ${unique()}`,
      funderName: "Provincie",
      startsOn: "2024-01-01",
      endsOn: "2026-12-31",
      ...overrides,
    })
    .returning({ id: grants.id });
  return row.id;
}

export async function insertCohort(
  db: Db,
  centreId: string,
  overrides: Partial<typeof cohorts.$inferInsert> = {},
) {
  const [row] = await db
    .insert(cohorts)
    .values({
      centreId,
      name: `Keuzedeel ${unique()}`,
      startsOn: "2024-09-02",
      endsOn: "2025-06-27",
      ...overrides,
    })
    .returning({ id: cohorts.id, name: cohorts.name });
  return row;
}

export async function insertTrainee(
  db: Db,
  centreId: string,
  cohortId: string,
  overrides: Partial<typeof trainees.$inferInsert> = {},
) {
  const [row] = await db
    .insert(trainees)
    .values({
      centreId,
      cohortId,
      firstName: "Deelnemer",
      lastName: unique(),
      intakeStatus: "accepted",
      status: "certified",
      certifiedOn: "2025-06-27",
      situationBefore: "long_term_unemployed",
      ...overrides,
    })
    .returning({ id: trainees.id });
  return row.id;
}

export async function insertOutcome(
  db: Db,
  centreId: string,
  traineeId: string,
  kind: OutcomeKind,
  startsOn = "2025-09-01",
) {
  await db.insert(outcomes).values({ centreId, traineeId, kind, startsOn });
}

export async function insertMeasurement(
  db: Db,
  centreId: string,
  traineeId: string,
  moment: MeasurementMoment,
  measuredOn: string,
  ladder: number | null,
  zrm: Record<string, number> | null = null,
) {
  await db.insert(measurements).values({ centreId, traineeId, moment, measuredOn, ladder, zrm });
}

/**
 * The seed's table from records: 44 certified trainees, 20 paid job, 10 volunteer, 8 job seeking,
 * 6 other path; 40 from long-term unemployment; 35 rose on the ladder (2 → 4).
 */
export async function insertSeedTable(
  db: Db,
  centreId: string,
  options: { cohortId?: string; province?: string; certifiedOn?: string } = {},
) {
  const cohortId = options.cohortId ?? (await insertCohort(db, centreId)).id;
  const kinds: OutcomeKind[] = [
    ...Array<OutcomeKind>(20).fill("paid_job"),
    ...Array<OutcomeKind>(10).fill("volunteer"),
    ...Array<OutcomeKind>(8).fill("job_seeking"),
    ...Array<OutcomeKind>(6).fill("other_path"),
  ];
  for (const [i, kind] of kinds.entries()) {
    const traineeId = await insertTrainee(db, centreId, cohortId, {
      province: options.province ?? (i % 2 === 0 ? "Groningen" : "Drenthe"),
      certifiedOn: options.certifiedOn ?? "2025-06-27",
      situationBefore: i < 40 ? "long_term_unemployed" : "unemployed",
    });
    await insertOutcome(db, centreId, traineeId, kind);
    await insertMeasurement(db, centreId, traineeId, "intake", "2024-09-02", i < 35 ? 2 : 3);
    await insertMeasurement(db, centreId, traineeId, "month_6", "2025-12-27", i < 35 ? 4 : 3);
  }
  return cohortId;
}
