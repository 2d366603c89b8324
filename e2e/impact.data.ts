/**
 * Data for the impact journey (centre e2e-impact): a grant linked to the funder, a cohort under it
 * with 12 certified trainees (outcomes and ladder measurements), and confirmed inzet with hours and
 * an evaluation with a public quote.
 */
import { eq, sql } from "drizzle-orm";
import { type Db, inCentre } from "../app/db/client.server";
import {
  assignments,
  centres,
  clients,
  cohorts,
  evaluations,
  experts,
  grantFunders,
  grants,
  measurements,
  type OutcomeKind,
  outcomes,
  requestSlots,
  requests,
  trainees,
} from "../app/db/schema";
import { person } from "./people";

export const IMPACT_IDS = { grant: "e3a10000-0000-4000-8000-000000000001" } as const;
export const IMPACT_QUOTE = "De ervaringsdeskundige wist echt contact te maken met onze klant.";
/** Invented trainee names: the funder's pages must never show one. */
export const IMPACT_TRAINEES = [
  "Sanne Vermeulen",
  "Ahmed Bakker",
  "Petra Hoekstra",
  "Kees Dijkstra",
  "Mirjam Visser",
  "Youssef Smit",
  "Ineke Mulder",
  "Ruud de Vries",
  "Anouk Jansen",
  "Henk Bos",
  "Lotte Meijer",
  "Dewi Postma",
];
const paths: OutcomeKind[] = [
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

export async function impactJourneyData(db: Db, ids: { centreId: string; users: Record<string, string> }) {
  const { centreId } = ids;
  const funder = person("e2e-impact", "funder");
  const [{ number }] = await db
    .update(centres)
    .set({ requestSeq: sql`${centres.requestSeq} + 1` })
    .where(eq(centres.id, centreId))
    .returning({ number: centres.requestSeq });
  await inCentre(db, centreId, async (tx) => {
    await tx.insert(grants).values({
      id: IMPACT_IDS.grant,
      centreId,
      name: "Samen werken met ervaring",
      funderName: "Provincie Groningen",
      amountCents: 25_000_000,
      startsOn: "2025-01-01",
      endsOn: "2026-12-31",
      province: "Groningen",
    });
    await tx
      .insert(grantFunders)
      .values({ centreId, grantId: IMPACT_IDS.grant, userId: ids.users[funder.email] });
    const [cohort] = await tx
      .insert(cohorts)
      .values({
        centreId,
        name: "Keuzedeel Groningen 2025",
        province: "Groningen",
        startsOn: "2024-09-01",
        endsOn: "2025-06-30",
        grantId: IMPACT_IDS.grant,
      })
      .returning({ id: cohorts.id });
    for (const [n, name] of IMPACT_TRAINEES.entries()) {
      const [firstName, ...rest] = name.split(" ");
      const [trainee] = await tx
        .insert(trainees)
        .values({
          centreId,
          cohortId: cohort.id,
          firstName,
          lastName: rest.join(" "),
          status: "certified",
          intakeStatus: "accepted",
          certifiedOn: "2025-06-30",
          province: "Groningen",
          situationBefore: n < 11 ? "long_term_unemployed" : "unemployed",
        })
        .returning({ id: trainees.id });
      await tx
        .insert(outcomes)
        .values({ centreId, traineeId: trainee.id, kind: paths[n], startsOn: "2025-08-01" });
      await tx.insert(measurements).values([
        {
          centreId,
          traineeId: trainee.id,
          moment: "intake",
          measuredOn: "2024-09-01",
          ladder: n < 10 ? 2 : 3,
        },
        { centreId, traineeId: trainee.id, moment: "end", measuredOn: "2025-06-30", ladder: n < 10 ? 4 : 3 },
      ]);
    }
    const [client] = await tx
      .insert(clients)
      .values({ centreId, name: "Gemeente Groningen", sector: "municipality" })
      .returning({ id: clients.id });
    const [request] = await tx
      .insert(requests)
      .values({ centreId, clientId: client.id, number, title: "Workshop armoede", status: "evaluated" })
      .returning({ id: requests.id });
    await tx.insert(requestSlots).values({
      centreId,
      requestId: request.id,
      startsAt: new Date("2025-09-10T08:00:00Z"),
      endsAt: new Date("2025-09-10T11:00:00Z"),
    });
    const pool = await tx
      .insert(experts)
      .values(
        ["Fleur", "Bram", "Noor", "Sem", "Roos"].map((firstName) => ({
          centreId,
          firstName,
          lastName: "Pool",
          status: "active" as const,
          certifiedOn: "2025-06-30",
        })),
      )
      .returning({ id: experts.id });
    await tx.insert(assignments).values(
      pool.map((expert) => ({
        centreId,
        requestId: request.id,
        expertId: expert.id,
        status: "confirmed" as const,
        minutesWorked: 180,
      })),
    );
    await tx.insert(evaluations).values({
      centreId,
      requestId: request.id,
      tokenHash: "e2e-impact-evaluation",
      score: 5,
      quote: IMPACT_QUOTE,
      quotePublic: true,
      submittedAt: new Date("2025-09-12T10:00:00Z"),
    });
  });
}
