import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre } from "~/db/client.server";
import { assignments, requestSlots } from "~/db/schema";
import { createTestDatabase } from "~/test/database";
import { insertActor, insertCentre, insertExpert, insertRequest } from "~/test/factories";
import { startPage } from "./start-page.server";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const NOW = new Date("2026-03-10T08:00:00Z");
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);

describe("the coordinator's start page", () => {
  it("lists what needs action today, and counts per status", async () => {
    const db = database.db;
    const centre = await insertCentre(db);
    const coordinator = await insertActor(db, centre.id, "coordinator");
    const expert = await insertExpert(db, centre.id, { firstName: "Anna", lastName: "Bos" });
    const fresh = await insertRequest(db, centre.id, { title: "Nieuw" });
    const idle = await insertRequest(db, centre.id, { title: "Stil", status: "in_progress" });
    const waiting = await insertRequest(db, centre.id, { title: "Wacht", status: "proposed" });
    await db.insert(assignments).values({
      centreId: centre.id,
      requestId: waiting.id,
      expertId: expert.id,
      status: "offered",
      offeredAt: daysAgo(3),
    });
    const tomorrow = await insertRequest(db, centre.id, { title: "Morgen", status: "confirmed" });
    await db
      .insert(assignments)
      .values({ centreId: centre.id, requestId: tomorrow.id, expertId: expert.id, status: "confirmed" });
    await db.insert(requestSlots).values({
      centreId: centre.id,
      requestId: tomorrow.id,
      startsAt: new Date("2026-03-11T09:00:00Z"),
      endsAt: new Date("2026-03-11T11:00:00Z"),
    });
    const past = await insertRequest(db, centre.id, { title: "Geweest", status: "confirmed" });
    await db
      .insert(assignments)
      .values({ centreId: centre.id, requestId: past.id, expertId: expert.id, status: "confirmed" });
    await db.insert(requestSlots).values({
      centreId: centre.id,
      requestId: past.id,
      startsAt: daysAgo(5),
      endsAt: new Date(daysAgo(5).getTime() + 7_200_000),
    });
    await insertRequest(db, centre.id, { title: "Klaar", status: "done" });

    const page = await inCentre(db, centre.id, (tx) => startPage(tx, coordinator, NOW));
    expect(page.newRequests.items.map((i) => i.requestId)).toEqual([fresh.id]);
    expect(page.withoutOffer.items.map((i) => i.requestId)).toEqual([idle.id]);
    expect(page.offersWaiting.items).toMatchObject([{ requestId: waiting.id, expert: "Anna Bos" }]);
    expect(page.offersWaiting.items[0].at).toBe(daysAgo(3).toISOString());
    expect(page.soon.items).toMatchObject([{ title: "Morgen", at: "2026-03-11T09:00:00.000Z" }]);
    expect(typeof page.soon.items[0].number).toBe("number");
    expect(page.hoursMissing.items.map((i) => i.title)).toEqual(["Geweest"]);
    expect(page.notEvaluated).toMatchObject({ total: 1, items: [{ title: "Klaar", flag: false }] });
    expect(page.perStatus).toMatchObject({ new: 1, in_progress: 1, proposed: 1, confirmed: 2, done: 1 });

    // another centre sees none of it; an expert may not ask
    const other = await insertCentre(db);
    const outsider = await insertActor(db, other.id, "coordinator");
    const empty = await inCentre(db, other.id, (tx) => startPage(tx, outsider, NOW));
    expect(empty.newRequests.total + empty.perStatus.new).toBe(0);
    const expertActor = await insertActor(db, centre.id, "expert");
    await expect(inCentre(db, centre.id, (tx) => startPage(tx, expertActor, NOW))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
