/**
 * Data for the journeys of issue 13's "places a new user trips over" (one centre each, see people.ts):
 * the public form's centre has a contact address and phone; the funders' centre has a grant; Mijn inzet
 * has an expert with work to come, work to write hours for and work with hours; the address journey an
 * expert and a client contact with a login; the requests list enough requests for two pages.
 */
import { eq } from "drizzle-orm";
import { type Db, inCentre, type Tx } from "../app/db/client.server";
import {
  assignments,
  centres,
  clientContacts,
  clients,
  experts,
  grants,
  requestSlots,
  requests,
} from "../app/db/schema";
import { REQUESTS_PAGE_SIZE } from "../app/modules/requests/queries.server";
import { person } from "./people";

type Ids = { centreId: string; users: Record<string, string> };

export const PUBLIC_CONTACT = { email: "info@openbaar.example", phone: "050 123 45 67" };
export const FUNDERS_GRANT = "Meedoen met ervaring";
export const MY_WORK = {
  upcoming: "Training voor schuldhulp",
  toWrite: "Gastles op het mbo",
  written: "Lezing bij de bibliotheek",
};
/** Requests on the list: one page and a bit with status "new", a few "in progress". */
export const PAGING = { fresh: REQUESTS_PAGE_SIZE + 5, busy: 3 };

export async function publicJourneyData(db: Db, ids: Ids) {
  await db.update(centres).set(PUBLIC_CONTACT).where(eq(centres.id, ids.centreId));
}

export async function fundersJourneyData(db: Db, ids: Ids) {
  await inCentre(db, ids.centreId, async (tx) => {
    await tx.insert(grants).values({
      centreId: ids.centreId,
      name: FUNDERS_GRANT,
      funderName: "Fonds Voorbeeld",
      startsOn: "2025-01-01",
      endsOn: "2027-12-31",
    });
  });
}

async function nextNumbers(db: Db, centreId: string, count: number): Promise<number[]> {
  const [row] = await db.select({ seq: centres.requestSeq }).from(centres).where(eq(centres.id, centreId));
  const first = (row?.seq ?? 0) + 1;
  await db
    .update(centres)
    .set({ requestSeq: first + count - 1 })
    .where(eq(centres.id, centreId));
  return Array.from({ length: count }, (_, i) => first + i);
}

async function insertClient(tx: Tx, centreId: string, name: string) {
  const [client] = await tx
    .insert(clients)
    .values({ centreId, name, sector: "municipality" })
    .returning({ id: clients.id });
  return client.id;
}

async function insertExpert(tx: Tx, ids: Ids, slug: string, first: string, last: string) {
  const p = person(slug, "expert");
  const [expert] = await tx
    .insert(experts)
    .values({
      centreId: ids.centreId,
      userId: ids.users[p.email],
      firstName: first,
      lastName: last,
      email: p.email,
      status: "active",
    })
    .returning({ id: experts.id });
  return expert.id;
}

/** A confirmed inzet from `startsAt` for two hours; `minutes` written when given. */
async function confirmedWork(
  tx: Tx,
  work: { centreId: string; clientId: string; expertId: string; number: number; title: string },
  startsAt: Date,
  minutes?: number,
) {
  const past = startsAt.getTime() < Date.now();
  const [request] = await tx
    .insert(requests)
    .values({
      centreId: work.centreId,
      number: work.number,
      clientId: work.clientId,
      title: work.title,
      place: "Stadhuis",
      status: past && minutes ? "done" : "confirmed",
    })
    .returning({ id: requests.id });
  await tx.insert(requestSlots).values({
    centreId: work.centreId,
    requestId: request.id,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 2 * 3600_000),
  });
  await tx.insert(assignments).values({
    centreId: work.centreId,
    requestId: request.id,
    expertId: work.expertId,
    status: "confirmed",
    confirmedAt: new Date(),
    ...(minutes ? { minutesWorked: minutes, hoursLoggedAt: new Date() } : {}),
  });
}

export async function myWorkJourneyData(db: Db, ids: Ids) {
  const [a, b, c] = await nextNumbers(db, ids.centreId, 3);
  await inCentre(db, ids.centreId, async (tx) => {
    const clientId = await insertClient(tx, ids.centreId, "Gemeente Inzetstad");
    const expertId = await insertExpert(tx, ids, "e2e-my-work", "Emre", "Ervaring");
    const base = { centreId: ids.centreId, clientId, expertId };
    const hour = 3600_000;
    await confirmedWork(
      tx,
      { ...base, number: a, title: MY_WORK.upcoming },
      new Date(Date.now() + 7 * 24 * hour),
    );
    await confirmedWork(tx, { ...base, number: b, title: MY_WORK.toWrite }, new Date(Date.now() - 26 * hour));
    // earlier today, so it counts for this month and this year whenever the journey runs (not at midnight)
    await confirmedWork(
      tx,
      { ...base, number: c, title: MY_WORK.written },
      new Date(Date.now() - 3 * hour),
      90,
    );
  });
}

export async function addressJourneyData(db: Db, ids: Ids) {
  const contact = person("e2e-address", "client_contact");
  const [number] = await nextNumbers(db, ids.centreId, 1);
  await inCentre(db, ids.centreId, async (tx) => {
    const clientId = await insertClient(tx, ids.centreId, "Gemeente Aanspreekstad");
    const expertId = await insertExpert(tx, ids, "e2e-address", "Joris", "Jansen");
    const [row] = await tx
      .insert(clientContacts)
      .values({
        centreId: ids.centreId,
        clientId,
        userId: ids.users[contact.email],
        name: contact.name,
        email: contact.email,
      })
      .returning({ id: clientContacts.id });
    await confirmedWork(
      tx,
      { centreId: ids.centreId, clientId, expertId, number, title: "Workshop voor buren" },
      new Date(Date.now() + 3 * 24 * 3600_000),
    );
    await tx.update(requests).set({ contactId: row.id }).where(eq(requests.number, number));
  });
}

export async function pagingJourneyData(db: Db, ids: Ids) {
  const total = PAGING.fresh + PAGING.busy;
  const numbers = await nextNumbers(db, ids.centreId, total);
  await inCentre(db, ids.centreId, async (tx) => {
    const clientId = await insertClient(tx, ids.centreId, "Gemeente Lijststad");
    await tx.insert(requests).values(
      numbers.map((number, i) => ({
        centreId: ids.centreId,
        number,
        clientId,
        title: i < PAGING.fresh ? `Nieuwe vraag ${number}` : `Bezig met vraag ${number}`,
        status: i < PAGING.fresh ? ("new" as const) : ("in_progress" as const),
      })),
    );
  });
}
