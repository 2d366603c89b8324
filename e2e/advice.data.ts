import type { Db } from "../app/db/client.server";
import { inCentre } from "../app/db/client.server";
import { clientContacts, clients } from "../app/db/schema";
import { person } from "./people";

/** The advice journey starts with one client whose contact person reads the knowledge base. */
export async function adviceJourneyData(db: Db, ids: { centreId: string; users: Record<string, string> }) {
  const contact = person("e2e-advice", "client_contact");
  await inCentre(db, ids.centreId, async (tx) => {
    const [client] = await tx
      .insert(clients)
      .values({ centreId: ids.centreId, name: "Gemeente Rivierstad", sector: "municipality" })
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
