import { asc, count, desc, eq, ilike } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { areas, clientContacts, clients, requests } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { can } from "~/modules/accounts/permissions";

function assertRead(actor: Actor): void {
  if (!can(actor.role, "clients:read")) throw new AppError("FORBIDDEN");
}

/** The client list: name, sector, area and how many requests each has. */
export async function listClients(tx: Tx, actor: Actor, filters: { search?: string } = {}) {
  assertRead(actor);
  const search = filters.search?.trim();
  return tx
    .select({
      id: clients.id,
      name: clients.name,
      sector: clients.sector,
      area: areas.name,
      requestCount: count(requests.id),
    })
    .from(clients)
    .leftJoin(areas, eq(areas.id, clients.areaId))
    .leftJoin(requests, eq(requests.clientId, clients.id))
    .where(search ? ilike(clients.name, `%${search.replace(/[%_\\]/g, "\\$&")}%`) : undefined)
    .groupBy(clients.id, areas.name)
    .orderBy(asc(clients.name));
}

/** One client with its contact persons and its requests (newest first). */
export async function getClient(tx: Tx, actor: Actor, clientId: string) {
  assertRead(actor);
  const [client] = await tx
    .select({
      id: clients.id,
      name: clients.name,
      sector: clients.sector,
      areaId: clients.areaId,
      area: areas.name,
      address: clients.address,
      notes: clients.notes,
    })
    .from(clients)
    .leftJoin(areas, eq(areas.id, clients.areaId))
    .where(eq(clients.id, clientId));
  if (!client) throw new AppError("NOT_FOUND");
  const contacts = await tx
    .select({
      id: clientContacts.id,
      name: clientContacts.name,
      email: clientContacts.email,
      phone: clientContacts.phone,
      jobTitle: clientContacts.jobTitle,
      hasLogin: clientContacts.userId,
    })
    .from(clientContacts)
    .where(eq(clientContacts.clientId, clientId))
    .orderBy(asc(clientContacts.name));
  const requestRows = await tx
    .select({ id: requests.id, number: requests.number, title: requests.title, status: requests.status })
    .from(requests)
    .where(eq(requests.clientId, clientId))
    .orderBy(desc(requests.number));
  return {
    client,
    contacts: contacts.map(({ hasLogin, ...c }) => ({ ...c, hasLogin: hasLogin !== null })),
    requests: requestRows,
  };
}

/** Clients for a select field. */
export async function clientOptions(tx: Tx): Promise<{ value: string; label: string }[]> {
  const rows = await tx
    .select({ id: clients.id, name: clients.name })
    .from(clients)
    .orderBy(asc(clients.name));
  return rows.map((r) => ({ value: r.id, label: r.name }));
}

/** Contact persons with their client's name, for a select field. */
export async function contactOptions(tx: Tx): Promise<{ value: string; label: string; clientId: string }[]> {
  const rows = await tx
    .select({
      id: clientContacts.id,
      name: clientContacts.name,
      clientId: clientContacts.clientId,
      client: clients.name,
    })
    .from(clientContacts)
    .innerJoin(clients, eq(clients.id, clientContacts.clientId))
    .orderBy(asc(clients.name), asc(clientContacts.name));
  return rows.map((r) => ({ value: r.id, label: `${r.name} (${r.client})`, clientId: r.clientId }));
}
