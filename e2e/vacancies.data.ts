/**
 * Data for the vacancies journey (centre e2e-vacancies): an employer that decided to hire, a place
 * (Zwolle), and three graduates: Anouk looks for work and knows debts from her own life, Bram looks
 * for work and is not in the pool, Cor has a paid job already (not in the list).
 */
import { eq } from "drizzle-orm";
import { type Db, inCentre } from "../app/db/client.server";
import {
  areas,
  cohorts,
  employers,
  experts,
  expertThemes,
  outcomes,
  themes,
  trainees,
} from "../app/db/schema";
import { person } from "./people";

export const VACANCIES_EMPLOYER = "Woonstichting Zwolle-Zuid";

export async function vacanciesJourneyData(db: Db, ids: { centreId: string; users: Record<string, string> }) {
  const { centreId } = ids;
  // Anouk has an expert login: she answers on her phone
  const anoukUser = ids.users[person("e2e-vacancies", "expert").email];
  await inCentre(db, centreId, async (tx) => {
    const [debts] = await tx.select({ id: themes.id }).from(themes).where(eq(themes.name, "schulden"));
    const [zwolle] = await tx
      .insert(areas)
      .values({ centreId, name: "Zwolle", province: "Overijssel", latE6: 52_516_775, lonE6: 6_083_022 })
      .returning({ id: areas.id });
    await tx.insert(employers).values({
      centreId,
      name: VACANCIES_EMPLOYER,
      sector: "housing",
      stage: "decided",
      stageSince: "2026-10-01",
    });
    const [cohort] = await tx
      .insert(cohorts)
      .values({ centreId, name: "Keuzedeel Zwolle", startsOn: "2025-09-01", endsOn: "2026-06-30" })
      .returning({ id: cohorts.id });
    const [anouk] = await tx
      .insert(experts)
      .values({
        centreId,
        firstName: "Anouk",
        lastName: "Visser",
        userId: anoukUser,
        status: "certified",
        homeAreaId: zwolle.id,
        maxTravelKm: 25,
      })
      .returning({ id: experts.id });
    await tx.insert(expertThemes).values({ centreId, expertId: anouk.id, themeId: debts.id });
    const graduate = (firstName: string, lastName: string, expertId: string | null) => ({
      centreId,
      cohortId: cohort.id,
      firstName,
      lastName,
      expertId,
      province: "Overijssel",
      status: "certified" as const,
      intakeStatus: "accepted" as const,
      certifiedOn: "2026-06-30",
    });
    const people = await tx
      .insert(trainees)
      .values([
        graduate("Anouk", "Visser", anouk.id),
        graduate("Bram", "de Wit", null),
        graduate("Cor", "Smit", null),
      ])
      .returning({ id: trainees.id, firstName: trainees.firstName });
    const idOf = (name: string) => people.find((p) => p.firstName === name)?.id as string;
    await tx.insert(outcomes).values([
      { centreId, traineeId: idOf("Anouk"), kind: "job_seeking", startsOn: "2026-07-01" },
      { centreId, traineeId: idOf("Cor"), kind: "paid_job", startsOn: "2026-08-01", employer: "Bakkerij" },
    ]);
  });
}
