/**
 * Data for the matching journey (centre e2e-matching): two experts in the pool linked to their
 * logins (themes, workshop, area, always available), a client with a contact, and a request in
 * behandeling with a slot next week. Fixed request id so the journey can open the match page.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { type Db, inCentre } from "../app/db/client.server";
import { centres, clientContacts, clients, experts, requests, themes, workForms } from "../app/db/schema";
import { amsterdamToDate, todayIso } from "../app/lib/dates";
import {
  always,
  givePool,
  insertArea,
  insertSlot,
  setRequestThemes,
} from "../app/modules/matching/test-data.server";
import { journeyCentres } from "./people";

export const MATCHING_IDS = { request: "3a7c0000-0000-4000-8000-000000000001" } as const;

export async function matchingJourneyData(db: Db, ids: { centreId: string; users: Record<string, string> }) {
  const people = journeyCentres.find((c) => c.slug === "e2e-matching")?.people ?? [];
  const [fatima, jan] = people.filter((p) => p.role === "expert");
  const contactPerson = people.find((p) => p.role === "client_contact");
  if (!fatima || !jan || !contactPerson) throw new Error("e2e-matching people missing");
  const [{ number }] = await db
    .update(centres)
    .set({ requestSeq: sql`${centres.requestSeq} + 1` })
    .where(eq(centres.id, ids.centreId))
    .returning({ number: centres.requestSeq });
  await inCentre(db, ids.centreId, async (tx) => {
    const centreId = ids.centreId;
    const themeIds = (
      await tx
        .select({ id: themes.id })
        .from(themes)
        .where(and(eq(themes.centreId, centreId), inArray(themes.name, ["schulden", "generatiearmoede"])))
    ).map((t) => t.id);
    const [workshop] = await tx
      .select({ id: workForms.id })
      .from(workForms)
      .where(and(eq(workForms.centreId, centreId), eq(workForms.name, "workshop")));
    const assen = await insertArea(tx, centreId, "Assen", 52_992_753, 6_564_228);
    for (const [p, firstName, lastName] of [
      [fatima, "Fatima", "Yilmaz"],
      [jan, "Jan", "de Boer"],
    ] as const) {
      const [expert] = await tx
        .insert(experts)
        .values({
          centreId,
          userId: ids.users[p.email],
          firstName,
          lastName,
          email: p.email,
          status: "active",
          certifiedOn: "2025-06-30",
          homeAreaId: assen,
          maxTravelKm: 30,
          privateNotes: "Alleen voor coördinatoren",
        })
        .returning({ id: experts.id });
      await givePool(tx, centreId, expert.id, {
        themeIds,
        workFormIds: [workshop.id],
        availability: always,
      });
    }
    const [client] = await tx
      .insert(clients)
      .values({ centreId, name: "Gemeente Assen", sector: "municipality", areaId: assen })
      .returning({ id: clients.id });
    const [contact] = await tx
      .insert(clientContacts)
      .values({
        centreId,
        clientId: client.id,
        userId: ids.users[contactPerson.email],
        name: contactPerson.name,
        email: contactPerson.email,
      })
      .returning({ id: clientContacts.id });
    await tx.insert(requests).values({
      id: MATCHING_IDS.request,
      centreId,
      number,
      clientId: client.id,
      contactId: contact.id,
      workFormId: workshop.id,
      title: "Workshop over schulden",
      description: "Vertel over je eigen ervaring met schulden aan twintig medewerkers van het wijkteam.",
      place: "Wijkcentrum De Kern",
      areaId: assen,
      expertsNeeded: 1,
      status: "in_progress",
    });
    await setRequestThemes(tx, centreId, MATCHING_IDS.request, themeIds);
    const nextWeek = todayIso(new Date(Date.now() + 7 * 86_400_000));
    await insertSlot(tx, centreId, MATCHING_IDS.request, amsterdamToDate(nextWeek, "14:00"));
  });
}
