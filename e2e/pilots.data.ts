/**
 * Data for the pilot journey (centre e2e-pilots): the grant the pilot is made under.
 */
import { type Db, inCentre } from "../app/db/client.server";
import { grants } from "../app/db/schema";

export const PILOT_GRANT = "Samen sterk in Waterdorp";
export const PROFESSIONALS = [
  { name: "Paula Prins", email: "paula@wijkteam-waterdorp.example", organisation: "Wijkteam Waterdorp" },
  { name: "Ruben Rijn", email: "ruben@wijkteam-waterdorp.example", organisation: "Wijkteam Waterdorp" },
];

export async function pilotsJourneyData(db: Db, ids: { centreId: string; users: Record<string, string> }) {
  const { centreId } = ids;
  await inCentre(db, centreId, async (tx) => {
    await tx.insert(grants).values({
      centreId,
      name: PILOT_GRANT,
      funderName: "Fonds Waterdorp",
      startsOn: "2026-01-01",
      endsOn: "2028-12-31",
    });
  });
}
