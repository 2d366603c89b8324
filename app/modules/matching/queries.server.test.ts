import { PgDialect } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre } from "~/db/client.server";
import { assignments, conflicts, evaluations } from "~/db/schema";
import { amsterdamToDate } from "~/lib/dates";
import type { Actor } from "~/modules/accounts/actor";
import { createTestDatabase } from "~/test/database";
import {
  insertActor,
  insertCentre,
  insertClient,
  insertContact,
  insertExpert,
  insertRequest,
} from "~/test/factories";
import { setConflict } from "./conflicts.server";
import { matchPage } from "./match-page.server";
import { eligibleCountSql, excludedSql, periodAround, shortlistSql } from "./queries.server";
import { slotNeeds } from "./rules";
import {
  givePool,
  insertArea,
  insertSlot,
  insertTheme,
  insertWorkForm,
  setRequestThemes,
} from "./test-data.server";

let database: Database;
let coordinator: Actor;
let centreId: string;
let requestId: string;
const ids: Record<string, string> = {};
const now = new Date("2026-11-24T10:00:00Z");
const slot = amsterdamToDate("2026-12-01", "14:00"); // a Tuesday afternoon

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  const centre = await insertCentre(db);
  centreId = centre.id;
  coordinator = await insertActor(db, centreId, "coordinator");
  const debts = await insertTheme(db, centreId, "Schulden");
  const generations = await insertTheme(db, centreId, "Generatiearmoede");
  const workshop = await insertWorkForm(db, centreId, "Workshop");
  const assen = await insertArea(db, centreId, "Assen", 52_992_753, 6_564_228);
  const groningen = await insertArea(db, centreId, "Groningen", 53_219_383, 6_566_502);
  const client = await insertClient(db, centreId);
  const request = await insertRequest(db, centreId, {
    clientId: client.id,
    status: "in_progress",
    areaId: assen,
    workFormId: workshop,
  });
  requestId = request.id;
  await insertSlot(db, centreId, requestId, slot);
  await setRequestThemes(db, centreId, requestId, [debts, generations]);

  const tuesdayAfternoon: [number, "afternoon"] = [2, "afternoon"];
  const make = async (name: string, overrides = {}, pool = {}) => {
    const expert = await insertExpert(db, centreId, {
      firstName: name,
      lastName: name,
      homeAreaId: assen,
      ...overrides,
    });
    await givePool(db, centreId, expert.id, {
      themeIds: [debts, generations],
      workFormIds: [workshop],
      availability: [tuesdayAfternoon],
      ...pool,
    });
    ids[name] = expert.id;
    return expert.id;
  };
  await make("Anna");
  await make("Bram");
  await make("Pauze", { status: "paused" });
  await make("Weg", {}, { absences: [["2026-11-30", "2026-12-02"]] });
  await make("Ochtend", {}, { availability: [[2, "morning"]] });
  await make("Ver", { homeAreaId: groningen, maxTravelKm: 10 });
  await make("Dichtbij", { homeAreaId: groningen, maxTravelKm: 30 }, { themeIds: [debts] });
  await make("Conflict");
  await make("Bezet");
  await db
    .insert(conflicts)
    .values({ centreId, expertId: ids.Conflict, clientId: client.id, reason: "familie" });

  // Bezet is confirmed elsewhere at the same time
  const other = await insertRequest(db, centreId, { status: "confirmed" });
  await insertSlot(db, centreId, other.id, amsterdamToDate("2026-12-01", "13:00"));
  await db
    .insert(assignments)
    .values({ centreId, requestId: other.id, expertId: ids.Bezet, status: "confirmed" });

  // Bram worked for this client earlier this month and got a 5
  const earlier = await insertRequest(db, centreId, { clientId: client.id, status: "evaluated" });
  await insertSlot(db, centreId, earlier.id, amsterdamToDate("2026-11-10", "10:00"));
  await db
    .insert(assignments)
    .values({ centreId, requestId: earlier.id, expertId: ids.Bram, status: "confirmed" });
  await db
    .insert(evaluations)
    .values({ centreId, requestId: earlier.id, tokenHash: `h-${earlier.id}`, score: 5 });
});
afterAll(() => database.close());

const load = (actor: Actor = coordinator) =>
  inCentre(database.db, actor.centreId, (tx) => matchPage(tx, actor, requestId, now));

describe("matching a request", () => {
  it("excludes each expert a hard rule rules out, and says which rule", async () => {
    const page = await load();
    const why = Object.fromEntries(page.candidates.excluded.map((e) => [e.firstName, e.reasons]));
    expect(why).toEqual({
      Pauze: ["active"],
      Weg: ["present"],
      Ochtend: ["available"],
      Ver: ["area"],
      Conflict: ["noConflict"],
      Bezet: ["free"],
    });
    expect(page.candidates.ranked.map((c) => c.firstName)).toEqual(["Anna", "Bram", "Dichtbij"]);
    expect(page.candidates.eligibleTotal).toBe(3);
  });

  it("ranks fairly and gives the reasons in words the page can show", async () => {
    const [anna, bram, near] = (await load()).candidates.ranked;
    expect(anna.reasons).toEqual([
      { key: "themes", values: { count: 2, total: 2 } },
      { key: "workForm" },
      { key: "distance", values: { km: 0 } },
      { key: "spread", values: { month: 0, quarter: 0 } },
      { key: "neverBefore" },
    ]);
    expect(bram.reasons).toContainEqual({ key: "spread", values: { month: 1, quarter: 1 } });
    expect(bram.reasons).toContainEqual({ key: "feedback", values: { score: 5 } });
    expect(bram.reasons).toContainEqual({ key: "lastDays", values: { days: 14 } });
    expect(near.reasons).toContainEqual({ key: "themes", values: { count: 1, total: 2 } });
    expect(near.reasons).toContainEqual({ key: "distance", values: { km: 25 } });
  });

  it("leaves out an expert once the coordinator flags a conflict with this client", async () => {
    await inCentre(database.db, centreId, (tx) =>
      setConflict(tx, coordinator, { requestId, expertId: ids.Dichtbij, reason: "Kent de klant privé" }),
    );
    const page = await load();
    expect(page.candidates.ranked.map((c) => c.firstName)).toEqual(["Anna", "Bram"]);
    expect(page.conflicts.map((c) => c.firstName).sort()).toEqual(["Conflict", "Dichtbij"]);
  });

  it("is closed to a client contact and shows another centre nothing", async () => {
    const client = await insertClient(database.db, centreId);
    await insertContact(database.db, centreId, client.id);
    const contact = await insertActor(database.db, centreId, "client_contact");
    await expect(load(contact)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const elsewhere = await insertCentre(database.db);
    const stranger = await insertActor(database.db, elsewhere.id, "coordinator");
    await expect(load(stranger)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("keeps its SQL reviewable", () => {
    const target = {
      centreId: "00000000-0000-0000-0000-000000000001",
      requestId: "00000000-0000-0000-0000-000000000002",
      clientId: null,
      online: false,
      areaId: null,
      latE6: null,
      lonE6: null,
      workFormId: null,
      themeIds: ["00000000-0000-0000-0000-000000000003"],
      needs: slotNeeds([{ startsAt: slot, endsAt: new Date(slot.getTime() + 7_200_000) }]),
    };
    const dialect = new PgDialect();
    const reach = new Map([["00000000-0000-0000-0000-000000000004", 12.5]]);
    expect(dialect.sqlToQuery(shortlistSql(target, reach, periodAround(now), 200)).sql).toMatchSnapshot();
    expect(dialect.sqlToQuery(eligibleCountSql(target, reach, 1000)).sql).toMatchSnapshot();
    expect(dialect.sqlToQuery(excludedSql(target, reach, 50)).sql).toMatchSnapshot();
  });
});
