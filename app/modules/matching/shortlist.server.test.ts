import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre } from "~/db/client.server";
import { assignments } from "~/db/schema";
import { amsterdamToDate } from "~/lib/dates";
import { createTestDatabase } from "~/test/database";
import { insertCentre, insertExpert, insertRequest } from "~/test/factories";
import { findCandidates, type MatchTarget } from "./queries.server";
import { slotNeeds } from "./rules";
import { always, givePool, insertSlot, insertTheme, setRequestThemes } from "./test-data.server";

/**
 * In a big pool the query does not look at everyone: it walks the eligible experts in fair-spread
 * order (never had an inzet, then the longest ago), those who share a theme first, and stops at the
 * shortlist. These tests make the shortlist smaller than the pool to show what gets in.
 */

let database: Database;
let target: MatchTarget;
const names: Record<string, string> = {};
const now = new Date("2026-11-24T10:00:00Z");

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  const centreId = (await insertCentre(db)).id;
  const debts = await insertTheme(db, centreId, "Schulden");
  const housing = await insertTheme(db, centreId, "Wonen");
  const request = await insertRequest(db, centreId, { status: "in_progress" });
  const slot = amsterdamToDate("2026-12-01", "14:00");
  await insertSlot(db, centreId, request.id, slot);
  await setRequestThemes(db, centreId, request.id, [debts]);

  const make = async (name: string, themeIds: string[], lastInzet: string | null) => {
    const expert = await insertExpert(db, centreId, { firstName: name, lastName: name, status: "active" });
    await givePool(db, centreId, expert.id, { themeIds, availability: always });
    names[expert.id] = name;
    if (lastInzet) {
      const earlier = await insertRequest(db, centreId, { status: "done" });
      await insertSlot(db, centreId, earlier.id, amsterdamToDate(lastInzet, "10:00"));
      await db
        .insert(assignments)
        .values({ centreId, requestId: earlier.id, expertId: expert.id, status: "confirmed" });
    }
  };
  await make("Kort", [debts], "2026-11-14");
  await make("Nooit", [debts], null);
  await make("Lang", [debts], "2026-05-01");
  await make("Zonder", [housing], null);
  await make("Ook", [housing], "2026-11-20");

  target = {
    centreId,
    requestId: request.id,
    clientId: request.clientId,
    online: false,
    areaId: null,
    latE6: null,
    lonE6: null,
    workFormId: null,
    themeIds: [debts],
    needs: slotNeeds([{ startsAt: slot, endsAt: new Date(slot.getTime() + 7_200_000) }]),
  };
});
afterAll(() => database.close());

const find = (options: Parameters<typeof findCandidates>[2]) =>
  inCentre(database.db, target.centreId, (tx) => findCandidates(tx, target, { now, ...options }));

describe("the shortlist in a big pool", () => {
  it("takes everyone who can when they all fit", async () => {
    const { ranked } = await find({ shortlist: 10 });
    expect(ranked.map((c) => names[c.expertId])).toEqual(["Lang", "Nooit", "Kort", "Zonder", "Ook"]);
  });

  it("takes those who waited longest and share a theme first", async () => {
    const { ranked } = await find({ shortlist: 2 });
    expect(ranked.map((c) => names[c.expertId]).sort()).toEqual(["Lang", "Nooit"]);
  });

  it("fills up with those without a shared theme who waited longest, ranked below the others", async () => {
    const { ranked } = await find({ shortlist: 4 });
    // equal scores for Lang and Nooit: then by name
    expect(ranked.map((c) => names[c.expertId])).toEqual(["Lang", "Nooit", "Kort", "Zonder"]);
  });

  it("counts who can up to a cap and says when there are more", async () => {
    expect(await find({ eligibleCap: 10 })).toMatchObject({ eligibleTotal: 5, eligibleMore: false });
    expect(await find({ eligibleCap: 2 })).toMatchObject({ eligibleTotal: 2, eligibleMore: true });
  });
});
