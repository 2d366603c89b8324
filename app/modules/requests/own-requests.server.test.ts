import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre } from "~/db/client.server";
import { assignments, clientContacts } from "~/db/schema";
import { createTestDatabase } from "~/test/database";
import {
  insertActor,
  insertCentre,
  insertClient,
  insertContact,
  insertExpert,
  insertRequest,
} from "~/test/factories";
import { createOwnRequest, listOwnRequests } from "./own-requests.server";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

async function contactWithLogin(centreId: string, clientId: string) {
  const actor = await insertActor(database.db, centreId, "client_contact");
  await insertContact(database.db, centreId, clientId, { userId: actor.userId });
  return actor;
}

describe("a client contact's own requests", () => {
  it("shows only their own client's requests, with confirmed experts only", async () => {
    const db = database.db;
    const centre = await insertCentre(db);
    const mine = await insertClient(db, centre.id);
    const theirs = await insertClient(db, centre.id);
    const actor = await contactWithLogin(centre.id, mine.id);
    const request = await insertRequest(db, centre.id, { clientId: mine.id, title: "Onze workshop" });
    await insertRequest(db, centre.id, { clientId: theirs.id, title: "Andermans workshop" });
    const confirmed = await insertExpert(db, centre.id, { firstName: "Anna", lastName: "Bos" });
    const declined = await insertExpert(db, centre.id, { firstName: "Kees", lastName: "Dijk" });
    await db.insert(assignments).values([
      { centreId: centre.id, requestId: request.id, expertId: confirmed.id, status: "confirmed" },
      { centreId: centre.id, requestId: request.id, expertId: declined.id, status: "declined" },
    ]);
    const view = await inCentre(db, centre.id, (tx) => listOwnRequests(tx, actor));
    expect(view.requests.map((r) => r.title)).toEqual(["Onze workshop"]);
    expect(view.requests[0].experts).toEqual(["Anna Bos"]);
  });

  it("sends a new request that lands as new for their own client", async () => {
    const db = database.db;
    const centre = await insertCentre(db);
    const client = await insertClient(db, centre.id);
    const actor = await contactWithLogin(centre.id, client.id);
    await inCentre(db, centre.id, (tx) =>
      createOwnRequest(tx, actor, {
        title: "Lezing voor de raad",
        description: "",
        themeIds: [],
        slots: [],
        periodStart: "2026-05-01",
        periodEnd: "2026-05-31",
        online: false,
        place: "Stadhuis",
        expertsNeeded: 1,
        budgetNote: "",
      }),
    );
    const view = await inCentre(db, centre.id, (tx) => listOwnRequests(tx, actor));
    expect(view.requests).toMatchObject([{ title: "Lezing voor de raad", status: "new" }]);
  });

  it("refuses a contact without a contact record, and other roles", async () => {
    const db = database.db;
    const centre = await insertCentre(db);
    const stray = await insertActor(db, centre.id, "client_contact");
    await expect(inCentre(db, centre.id, (tx) => listOwnRequests(tx, stray))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const expert = await insertActor(db, centre.id, "expert");
    await expect(inCentre(db, centre.id, (tx) => listOwnRequests(tx, expert))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    // a contact record in another centre gives no access here
    const other = await insertCentre(db);
    const otherClient = await insertClient(db, other.id);
    await db.insert(clientContacts).values({
      centreId: other.id,
      clientId: otherClient.id,
      name: "X",
      email: "x@example.org",
      userId: stray.userId,
    });
    await expect(inCentre(db, centre.id, (tx) => listOwnRequests(tx, stray))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
