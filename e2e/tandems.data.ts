/**
 * Data for the tandems journey (centre e2e-tandems): a client with its contact person, who has a
 * login (the professional), and an active pool expert with a login. Invented people.
 */
import { type Db, inCentre } from "../app/db/client.server";
import { clientContacts, clients, experts } from "../app/db/schema";
import { person } from "./people";

export const TANDEM_CLIENT = "Wijkteam Noord";

export async function tandemsJourneyData(db: Db, ids: { centreId: string; users: Record<string, string> }) {
  const { centreId } = ids;
  const expert = person("e2e-tandems", "expert");
  const contact = person("e2e-tandems", "client_contact");
  await inCentre(db, centreId, async (tx) => {
    const [client] = await tx
      .insert(clients)
      .values({ centreId, name: TANDEM_CLIENT, sector: "care" })
      .returning({ id: clients.id });
    await tx.insert(clientContacts).values({
      centreId,
      clientId: client.id,
      userId: ids.users[contact.email],
      name: contact.name,
      email: contact.email,
      jobTitle: "Wijkcoach",
    });
    await tx.insert(experts).values({
      centreId,
      userId: ids.users[expert.email],
      firstName: "Eli",
      lastName: "Ervaring",
      email: expert.email,
      status: "active",
      certifiedOn: "2025-06-30",
    });
  });
}
