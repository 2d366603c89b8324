/**
 * Data for the coaching journey (centre e2e-coaching): Evi is in the pool with a login; Cato will be
 * her coach, Dirk is a second coordinator who reads nothing until Evi allows him. Invented.
 */
import { type Db, inCentre } from "../app/db/client.server";
import { experts } from "../app/db/schema";
import { person } from "./people";

export const COACHING_EXPERT = "Evi Ervaring";
export const COACH = { name: "Cato Coach", email: "cato@begeleiding.example" };
export const SECOND = { name: "Dirk Tweede", email: "dirk@begeleiding.example" };

export async function coachingJourneyData(db: Db, ids: { centreId: string; users: Record<string, string> }) {
  const { centreId } = ids;
  const email = person("e2e-coaching", "expert").email;
  await inCentre(db, centreId, async (tx) => {
    await tx.insert(experts).values({
      centreId,
      userId: ids.users[email],
      firstName: "Evi",
      lastName: "Ervaring",
      email,
      status: "active",
      certifiedOn: "2025-06-30",
    });
  });
}
