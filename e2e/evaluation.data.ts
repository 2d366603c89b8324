/**
 * Data for the evaluation journey (centre e2e-evaluation): a confirmed request of yesterday with one
 * confirmed expert, and a client contact. Fixed ids so the journey can open the hours page directly.
 */
import { eq, sql } from "drizzle-orm";
import { type Db, inCentre } from "../app/db/client.server";
import {
  assignments,
  centres,
  clientContacts,
  clients,
  experts,
  requestSlots,
  requests,
} from "../app/db/schema";
import { person } from "./people";

export const EVALUATION_IDS = {
  request: "e7a10000-0000-4000-8000-000000000001",
  assignment: "e7a10000-0000-4000-8000-000000000002",
} as const;

export async function evaluationJourneyData(
  db: Db,
  ids: { centreId: string; users: Record<string, string> },
) {
  const expertPerson = person("e2e-evaluation", "expert");
  const contactPerson = person("e2e-evaluation", "client_contact");
  const [{ number }] = await db
    .update(centres)
    .set({ requestSeq: sql`${centres.requestSeq} + 1` })
    .where(eq(centres.id, ids.centreId))
    .returning({ number: centres.requestSeq });
  await inCentre(db, ids.centreId, async (tx) => {
    const [expert] = await tx
      .insert(experts)
      .values({
        centreId: ids.centreId,
        userId: ids.users[expertPerson.email],
        firstName: "Eva",
        lastName: "Ervaring",
        email: expertPerson.email,
        status: "active",
        certifiedOn: "2025-06-30",
        privateNotes: "Alleen voor coördinatoren",
      })
      .returning({ id: experts.id });
    const [client] = await tx
      .insert(clients)
      .values({ centreId: ids.centreId, name: "Gemeente Voorbeeld", sector: "municipality" })
      .returning({ id: clients.id });
    const [contact] = await tx
      .insert(clientContacts)
      .values({
        centreId: ids.centreId,
        clientId: client.id,
        userId: ids.users[contactPerson.email],
        name: contactPerson.name,
        email: contactPerson.email,
      })
      .returning({ id: clientContacts.id });
    await tx.insert(requests).values({
      id: EVALUATION_IDS.request,
      centreId: ids.centreId,
      number,
      clientId: client.id,
      contactId: contact.id,
      title: "Workshop armoede voor wijkteams",
      status: "confirmed",
    });
    const yesterday = new Date(Date.now() - 24 * 3600_000);
    await tx.insert(requestSlots).values({
      centreId: ids.centreId,
      requestId: EVALUATION_IDS.request,
      startsAt: yesterday,
      endsAt: new Date(yesterday.getTime() + 2 * 3600_000),
    });
    await tx.insert(assignments).values({
      id: EVALUATION_IDS.assignment,
      centreId: ids.centreId,
      requestId: EVALUATION_IDS.request,
      expertId: expert.id,
      status: "confirmed",
      confirmedAt: new Date(),
    });
  });
}
