import type { Db } from "../app/db/client.server";
import { inCentre } from "../app/db/client.server";
import { clientContacts, clients } from "../app/db/schema";
import { person } from "./people";

/** The requests journey starts with one client whose contact person has a login (role client_contact). */
export async function requestsJourneyData(db: Db, ids: { centreId: string; users: Record<string, string> }) {
  const contact = person("e2e-requests", "client_contact");
  await inCentre(db, ids.centreId, async (tx) => {
    const [client] = await tx
      .insert(clients)
      .values({ centreId: ids.centreId, name: "Woonstichting Thuis", sector: "housing" })
      .returning({ id: clients.id });
    await tx.insert(clientContacts).values({
      centreId: ids.centreId,
      clientId: client.id,
      userId: ids.users[contact.email],
      name: contact.name,
      email: contact.email,
    });
  });
}
