/**
 * Invented impact data for the module tests: a grant with one funder, a cohort under it with 12
 * certified trainees (outcomes, ladder measurements), a cohort without grant (3 trainees), and pool
 * work with hours and client evaluations (one public quote, one private).
 */
import { sql } from "drizzle-orm";
import { type Db, inCentre } from "~/db/client.server";
import {
  assignments,
  cohorts,
  evaluations,
  grantFunders,
  grants,
  measurements,
  type OutcomeKind,
  outcomes,
  requestSlots,
  trainees,
} from "~/db/schema";
import type { Actor } from "~/modules/accounts/actor";
import { insertActor, insertExpert, insertRequest } from "~/test/factories";

export const PUBLIC_QUOTE = "De ervaringsdeskundige wist echt contact te maken met onze klant.";
export const PRIVATE_QUOTE = "Alleen voor het centrum bedoeld.";

/** 12 in the grant's cohort: 6 paid job, 3 volunteer, 2 job seeking, 1 other path. */
const grantPaths: OutcomeKind[] = [
  "paid_job",
  "paid_job",
  "paid_job",
  "paid_job",
  "paid_job",
  "paid_job",
  "volunteer",
  "volunteer",
  "volunteer",
  "job_seeking",
  "job_seeking",
  "other_path",
];

export async function seedImpact(db: Db, centreId: string) {
  const funder = await insertActor(db, centreId, "funder", "Fenna Financier");
  const otherFunder = await insertActor(db, centreId, "funder");
  const ids = await inCentre(db, centreId, async (tx) => {
    const [grant] = await tx
      .insert(grants)
      .values({
        centreId,
        name: "Samen werken met ervaring",
        funderName: "Provincie Groningen",
        reference: "PG-2025/0042",
        amountCents: 25_000_000,
        startsOn: "2025-01-01",
        endsOn: "2025-12-31",
        province: "Groningen",
      })
      .returning({ id: grants.id });
    const [otherGrant] = await tx
      .insert(grants)
      .values({
        centreId,
        name: "Ander fonds",
        funderName: "Fonds",
        startsOn: "2025-01-01",
        endsOn: "2025-12-31",
      })
      .returning({ id: grants.id });
    await tx.insert(grantFunders).values([
      { centreId, grantId: grant.id, userId: funder.userId },
      { centreId, grantId: otherGrant.id, userId: otherFunder.userId },
    ]);
    const [inGrant, loose] = await tx
      .insert(cohorts)
      .values([
        {
          centreId,
          name: "Keuzedeel Groningen",
          province: "Groningen",
          startsOn: "2024-09-01",
          endsOn: "2025-06-30",
          grantId: grant.id,
        },
        {
          centreId,
          name: "Keuzedeel Utrecht",
          province: "Utrecht",
          startsOn: "2024-09-01",
          endsOn: "2025-06-30",
        },
      ])
      .returning({ id: cohorts.id });
    const people = [
      ...grantPaths.map((kind, n) => ({ cohortId: inGrant.id, kind, n })),
      ...(["paid_job", "paid_job", "job_seeking"] as OutcomeKind[]).map((kind, n) => ({
        cohortId: loose.id,
        kind,
        n: n + 20,
      })),
    ];
    for (const person of people) {
      const [trainee] = await tx
        .insert(trainees)
        .values({
          centreId,
          cohortId: person.cohortId,
          firstName: "Trainee",
          lastName: `Achternaam${person.n}`,
          status: "certified",
          intakeStatus: "accepted",
          certifiedOn: "2025-06-30",
          situationBefore: person.n < 10 ? "long_term_unemployed" : "unemployed",
        })
        .returning({ id: trainees.id });
      await tx
        .insert(outcomes)
        .values({ centreId, traineeId: trainee.id, kind: person.kind, startsOn: "2025-08-01" });
      const rise = person.n < 8;
      await tx.insert(measurements).values([
        { centreId, traineeId: trainee.id, moment: "intake", measuredOn: "2024-09-01", ladder: rise ? 2 : 3 },
        { centreId, traineeId: trainee.id, moment: "end", measuredOn: "2025-06-30", ladder: rise ? 4 : 3 },
      ]);
    }
    return { grantId: grant.id, otherGrantId: otherGrant.id, cohortId: inGrant.id };
  });

  // Pool: one request in September 2025 with two confirmed experts (90 + 120 minutes) and one offer
  // (60 minutes, not counted), one request in 2024 (outside the grant period).
  const [a, b, c] = [
    await insertExpert(db, centreId),
    await insertExpert(db, centreId),
    await insertExpert(db, centreId),
  ];
  const inPeriod = await insertRequest(db, centreId, { status: "evaluated" });
  const before = await insertRequest(db, centreId, { status: "evaluated" });
  await inCentre(db, centreId, async (tx) => {
    await tx.insert(requestSlots).values([
      {
        centreId,
        requestId: inPeriod.id,
        startsAt: new Date("2025-09-10T08:00:00Z"),
        endsAt: new Date("2025-09-10T10:00:00Z"),
      },
      {
        centreId,
        requestId: before.id,
        startsAt: new Date("2024-03-10T08:00:00Z"),
        endsAt: new Date("2024-03-10T10:00:00Z"),
      },
    ]);
    await tx.insert(assignments).values([
      { centreId, requestId: inPeriod.id, expertId: a.id, status: "confirmed", minutesWorked: 90 },
      { centreId, requestId: inPeriod.id, expertId: b.id, status: "confirmed", minutesWorked: 120 },
      { centreId, requestId: inPeriod.id, expertId: c.id, status: "offered", minutesWorked: 60 },
      { centreId, requestId: before.id, expertId: a.id, status: "confirmed", minutesWorked: 60 },
    ]);
    await tx.insert(evaluations).values([
      {
        centreId,
        requestId: inPeriod.id,
        tokenHash: sql`md5(random()::text)`,
        score: 5,
        quote: PUBLIC_QUOTE,
        quotePublic: true,
        submittedAt: new Date("2025-09-12T10:00:00Z"),
      },
      {
        centreId,
        requestId: before.id,
        tokenHash: sql`md5(random()::text)`,
        score: 2,
        quote: PRIVATE_QUOTE,
        quotePublic: false,
        submittedAt: new Date("2025-09-13T10:00:00Z"),
      },
    ]);
  });
  return { ...ids, funder, otherFunder } satisfies Record<string, string | Actor>;
}
