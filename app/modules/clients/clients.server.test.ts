import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre, type Tx } from "~/db/client.server";
import { clientContacts, memberships } from "~/db/schema";
import type { Actor } from "~/modules/accounts/actor";
import { createTestDatabase } from "~/test/database";
import { insertActor, insertCentre, insertRequest } from "~/test/factories";
import { addContact, giveContactLogin, removeContact } from "./contacts.server";
import { getClient, listClients } from "./queries.server";
import { createClient, updateClient } from "./save-client.server";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const client = { name: "Gemeente Noord", sector: "municipality" as const, address: "", notes: "" };
const scopeOf = (actor: Actor) => ({
  ...actor,
  db: database.db,
  run: <T>(fn: (tx: Tx) => Promise<T>) => inCentre(database.db, actor.centreId, fn),
});

describe("clients", () => {
  it("adds a client with contacts and shows its requests", async () => {
    const db = database.db;
    const centre = await insertCentre(db);
    const coordinator = await insertActor(db, centre.id, "coordinator");
    const { id } = await inCentre(db, centre.id, (tx) => createClient(tx, coordinator, client));
    await inCentre(db, centre.id, (tx) =>
      addContact(tx, coordinator, {
        clientId: id,
        name: "Fatima El Amrani",
        email: "fatima@noord.example",
        phone: "",
        jobTitle: "Beleidsmedewerker",
      }),
    );
    await insertRequest(db, centre.id, { clientId: id, title: "Beleidsdag" });
    const page = await inCentre(db, centre.id, (tx) => getClient(tx, coordinator, id));
    expect(page.contacts.map((c) => c.name)).toEqual(["Fatima El Amrani"]);
    expect(page.requests.map((r) => r.title)).toEqual(["Beleidsdag"]);
    const list = await inCentre(db, centre.id, (tx) => listClients(tx, coordinator, { search: "noord" }));
    expect(list).toMatchObject([{ name: "Gemeente Noord", requestCount: 1 }]);
  });

  it("refuses a second client with the same name", async () => {
    const db = database.db;
    const centre = await insertCentre(db);
    const coordinator = await insertActor(db, centre.id, "coordinator");
    await inCentre(db, centre.id, (tx) => createClient(tx, coordinator, client));
    await expect(
      inCentre(db, centre.id, (tx) => createClient(tx, coordinator, client)),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("keeps clients of another centre out of sight, and experts out", async () => {
    const db = database.db;
    const centre = await insertCentre(db);
    const coordinator = await insertActor(db, centre.id, "coordinator");
    const { id } = await inCentre(db, centre.id, (tx) => createClient(tx, coordinator, client));
    const other = await insertCentre(db);
    const outsider = await insertActor(db, other.id, "coordinator");
    await expect(inCentre(db, other.id, (tx) => getClient(tx, outsider, id))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      inCentre(db, other.id, (tx) => updateClient(tx, outsider, { ...client, clientId: id })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await inCentre(db, other.id, (tx) => listClients(tx, outsider))).toEqual([]);
    const expert = await insertActor(db, centre.id, "expert");
    await expect(inCentre(db, centre.id, (tx) => listClients(tx, expert))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(inCentre(db, centre.id, (tx) => createClient(tx, expert, client))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("gives a contact a login as client contact, and removing the contact takes it away", async () => {
    const db = database.db;
    const centre = await insertCentre(db);
    const coordinator = await insertActor(db, centre.id, "coordinator");
    const { id } = await inCentre(db, centre.id, (tx) => createClient(tx, coordinator, client));
    const contact = await inCentre(db, centre.id, (tx) =>
      addContact(tx, coordinator, {
        clientId: id,
        name: "Jan Smit",
        email: "jan@noord.example",
        phone: "",
        jobTitle: "",
      }),
    );
    await giveContactLogin(scopeOf(coordinator), { clientId: id, contactId: contact.id });
    const [row] = await db.select().from(clientContacts).where(eq(clientContacts.id, contact.id));
    expect(row.userId).not.toBeNull();
    const [member] = await db.select().from(memberships).where(eq(memberships.userId, row.userId!));
    expect(member.role).toBe("client_contact");
    await expect(
      giveContactLogin(scopeOf(coordinator), { clientId: id, contactId: contact.id }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await inCentre(db, centre.id, (tx) =>
      removeContact(tx, coordinator, { clientId: id, contactId: contact.id }),
    );
    expect(await db.select().from(memberships).where(eq(memberships.userId, row.userId!))).toEqual([]);
  });
});
