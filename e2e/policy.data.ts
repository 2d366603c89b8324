/**
 * Data for the policy journey (centre e2e-policy): a municipality and three active pool experts.
 * Lotte never had an inzet (she comes first), Mees had one last month, Noor this week.
 */
import { type Db, inCentre } from "../app/db/client.server";
import { clients, experts } from "../app/db/schema";

export const POLICY_CLIENT = "Gemeente Waterland";

export async function policyJourneyData(db: Db, ids: { centreId: string; users: Record<string, string> }) {
  const { centreId } = ids;
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
  await inCentre(db, centreId, async (tx) => {
    await tx.insert(clients).values({ centreId, name: POLICY_CLIENT, sector: "municipality" });
    await tx.insert(experts).values([
      { centreId, firstName: "Lotte", lastName: "de Wit", status: "active", certifiedOn: "2025-06-30" },
      {
        centreId,
        firstName: "Mees",
        lastName: "Jansen",
        status: "active",
        certifiedOn: "2025-06-30",
        lastInzetAt: daysAgo(30),
      },
      {
        centreId,
        firstName: "Noor",
        lastName: "Haddou",
        status: "active",
        certifiedOn: "2025-06-30",
        lastInzetAt: daysAgo(3),
      },
    ]);
  });
}
