import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "~/db/client.server";
import { assignments, expertAreas, experts, expertThemes, requestSlots, requests } from "~/db/schema";
import { createTestDatabase } from "~/test/database";
import { insertCentre, insertExpert, insertRequest } from "~/test/factories";
import { givePool, insertArea, insertSlot, insertTheme } from "./test-data.server";

/**
 * The facts the database keeps on the expert's row for matching (migration 0007): their themes and
 * accepted areas as arrays, and the start of their latest confirmed inzet. Triggers keep them in step
 * with the tables people edit; these tests change those tables and read the row back.
 */

let database: Database;
let centreId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  centreId = (await insertCentre(database.db)).id;
});
afterAll(() => database.close());

async function factsOf(expertId: string) {
  const [row] = await database.db
    .select({ themeIds: experts.themeIds, areaIds: experts.areaIds, lastInzetAt: experts.lastInzetAt })
    .from(experts)
    .where(eq(experts.id, expertId));
  return row;
}

describe("the expert's matching facts", () => {
  it("follow the themes and areas an expert is given and loses", async () => {
    const db = database.db;
    const [debts, housing] = [
      await insertTheme(db, centreId, "Schulden"),
      await insertTheme(db, centreId, "Wonen"),
    ];
    const area = await insertArea(db, centreId, "Emmen", 52_785_000, 6_897_000);
    const expert = await insertExpert(db, centreId);
    expect(await factsOf(expert.id)).toMatchObject({ themeIds: [], areaIds: [] });

    await givePool(db, centreId, expert.id, { themeIds: [debts, housing], areaIds: [area] });
    const given = await factsOf(expert.id);
    expect([...given.themeIds].sort()).toEqual([debts, housing].sort());
    expect(given.areaIds).toEqual([area]);

    await db
      .delete(expertThemes)
      .where(and(eq(expertThemes.expertId, expert.id), eq(expertThemes.themeId, debts)));
    await db.delete(expertAreas).where(eq(expertAreas.expertId, expert.id));
    expect(await factsOf(expert.id)).toMatchObject({ themeIds: [housing], areaIds: [] });
  });

  it("keep the latest confirmed inzet, through offers, moved dates, cancellations and deleted requests", async () => {
    const db = database.db;
    const expert = await insertExpert(db, centreId, { status: "active" });
    const march = new Date("2027-03-02T09:00:00Z");
    const may = new Date("2027-05-11T13:00:00Z");
    const first = await insertRequest(db, centreId, { status: "confirmed" });
    await insertSlot(db, centreId, first.id, march);
    const [offer] = await db
      .insert(assignments)
      .values({ centreId, requestId: first.id, expertId: expert.id, status: "offered" })
      .returning({ id: assignments.id });
    expect((await factsOf(expert.id)).lastInzetAt).toBeNull();

    await db.update(assignments).set({ status: "confirmed" }).where(eq(assignments.id, offer.id));
    expect((await factsOf(expert.id)).lastInzetAt).toEqual(march);

    const second = await insertRequest(db, centreId, { status: "confirmed" });
    await insertSlot(db, centreId, second.id, may);
    const [later] = await db
      .insert(assignments)
      .values({ centreId, requestId: second.id, expertId: expert.id, status: "confirmed" })
      .returning({ id: assignments.id });
    expect((await factsOf(expert.id)).lastInzetAt).toEqual(may);

    const june = new Date("2027-06-01T09:00:00Z");
    await db.update(requestSlots).set({ startsAt: june }).where(eq(requestSlots.requestId, second.id));
    expect((await factsOf(expert.id)).lastInzetAt).toEqual(june);

    await db.update(assignments).set({ status: "cancelled" }).where(eq(assignments.id, later.id));
    expect((await factsOf(expert.id)).lastInzetAt).toEqual(march);

    await db.delete(requests).where(eq(requests.id, first.id));
    expect((await factsOf(expert.id)).lastInzetAt).toBeNull();
  });
});
