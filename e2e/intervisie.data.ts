/**
 * Data for the intervisie journey (centre e2e-intervisie): Ilse (with a login) and three more active
 * pool experts. Jan works at Woonstichting Intervisiestad (a placement from the training), whose
 * checklist says there is no room for intervisie in working time. Jan and Kim are in the employer's
 * group: its session a month ago has attendance written down (Jan was not there), the one three days
 * ago not yet.
 */
import { and, eq } from "drizzle-orm";
import { type Db, inCentre } from "../app/db/client.server";
import {
  checklistItems,
  cohorts,
  employerChecklist,
  employers,
  experts,
  intervisieGroups,
  intervisieMembers,
  intervisieSessions,
  intervisieSignups,
  placements,
  trainees,
} from "../app/db/schema";
import { person } from "./people";

export const INTERVISIE = {
  employer: "Woonstichting Intervisiestad",
  employerGroup: "Intervisie Woonstichting",
  employed: "Jan Werkman",
};

export async function intervisieJourneyData(
  db: Db,
  ids: { centreId: string; users: Record<string, string> },
) {
  const { centreId } = ids;
  const ilse = person("e2e-intervisie", "expert");
  const day = 86_400_000;
  const at = (days: number, hours = 0) => new Date(Date.now() + days * day + hours * 3_600_000);
  await inCentre(db, centreId, async (tx) => {
    const active = { centreId, status: "active" as const, certifiedOn: "2025-06-30" };
    await tx.insert(experts).values({
      ...active,
      firstName: "Ilse",
      lastName: "Ervaring",
      userId: ids.users[ilse.email],
      email: ilse.email,
    });
    const [jan, kim] = await tx
      .insert(experts)
      .values([
        { ...active, firstName: "Jan", lastName: "Werkman" },
        { ...active, firstName: "Kim", lastName: "Kader" },
        { ...active, firstName: "Lars", lastName: "Leeg" },
      ])
      .returning({ id: experts.id });
    const [employer] = await tx
      .insert(employers)
      .values({
        centreId,
        name: INTERVISIE.employer,
        sector: "housing",
        stage: "at_work",
        stageSince: "2026-01-01",
      })
      .returning({ id: employers.id });
    const [item] = await tx
      .select({ id: checklistItems.id })
      .from(checklistItems)
      .where(and(eq(checklistItems.centreId, centreId), eq(checklistItems.key, "intervisie_room")));
    await tx.insert(employerChecklist).values({
      centreId,
      employerId: employer.id,
      itemId: item.id,
      state: "no",
      note: "Alleen buiten werktijd",
    });
    const [cohort] = await tx
      .insert(cohorts)
      .values({ centreId, name: "Keuzedeel Intervisie", startsOn: "2025-01-06", endsOn: "2025-06-27" })
      .returning({ id: cohorts.id });
    const [trainee] = await tx
      .insert(trainees)
      .values({
        centreId,
        cohortId: cohort.id,
        expertId: jan.id,
        firstName: "Jan",
        lastName: "Werkman",
        intakeStatus: "accepted",
        status: "certified",
      })
      .returning({ id: trainees.id });
    await tx.insert(placements).values({
      centreId,
      employerId: employer.id,
      traineeId: trainee.id,
      expertId: jan.id,
      kind: "paid_job",
      startsOn: "2026-02-01",
    });
    const [group] = await tx
      .insert(intervisieGroups)
      .values({ centreId, name: INTERVISIE.employerGroup, kind: "employer", employerId: employer.id })
      .returning({ id: intervisieGroups.id });
    await tx.insert(intervisieMembers).values([
      { centreId, groupId: group.id, expertId: jan.id },
      { centreId, groupId: group.id, expertId: kim.id },
    ]);
    const [monthAgo, daysAgo] = await tx
      .insert(intervisieSessions)
      .values([
        {
          centreId,
          groupId: group.id,
          startsAt: at(-30),
          endsAt: at(-30, 2),
          place: "Kantoor Woonstichting",
          method: "incidentmethode" as const,
          facilitatorName: "Ria Begeleider",
          attendanceRecordedAt: at(-30, 3),
        },
        {
          centreId,
          groupId: group.id,
          startsAt: at(-3),
          endsAt: at(-3, 2),
          place: "Kantoor Woonstichting",
          method: "balintmethode" as const,
          facilitatorName: "Ria Begeleider",
        },
      ])
      .returning({ id: intervisieSessions.id });
    await tx.insert(intervisieSignups).values([
      { centreId, sessionId: monthAgo.id, expertId: jan.id, attended: "no" as const },
      { centreId, sessionId: monthAgo.id, expertId: kim.id, attended: "yes" as const, signedUpAt: at(-35) },
      { centreId, sessionId: daysAgo.id, expertId: kim.id, signedUpAt: at(-8) },
    ]);
  });
}
