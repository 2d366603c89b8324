import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre, type Tx } from "~/db/client.server";
import { areas, tandemMeetings, tandems } from "~/db/schema";
import { addDays, amsterdamToDate, todayIso } from "~/lib/dates";
import type { Actor } from "~/modules/accounts/actor";
import type { TandemStatus } from "~/modules/tandems/values";
import { createTestDatabase } from "~/test/database";
import { insertActor, insertCentre, insertClient, insertExpert } from "~/test/factories";
import { impactDashboard } from "./dashboard.server";
import { tandemFigures } from "./queries.server";
import { tandemsView } from "./view";

let database: Database;
let centreId: string;
let otherCentreId: string;
let coordinator: Actor;
const today = todayIso();
const day = (days: number) => addDays(today, days);

const run = <T>(fn: (tx: Tx) => Promise<T>, centre = centreId) => inCentre(database.db, centre, fn);

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  centreId = (await insertCentre(db)).id;
  otherCentreId = (await insertCentre(db)).id;
  coordinator = await insertActor(db, centreId, "coordinator");
  const [area] = await db
    .insert(areas)
    .values({ centreId, name: "Assen", province: "Drenthe" })
    .returning({ id: areas.id });
  const client = await insertClient(db, centreId, { areaId: area.id });
  const expert = await insertExpert(db, centreId);
  // running, ended long ago, planned, stopped: each with meetings (1.5 hours), some still to come
  const plan: { status: TandemStatus; from: number; to: number; meetings: number[] }[] = [
    { status: "active", from: -60, to: 30, meetings: [-50, -20, 5] },
    { status: "ended", from: -200, to: -100, meetings: [-150] },
    { status: "planned", from: 10, to: 90, meetings: [-1, 12] },
    { status: "stopped", from: -40, to: -30, meetings: [-35] },
  ];
  await run(async (tx) => {
    for (const p of plan) {
      const [row] = await tx
        .insert(tandems)
        .values({
          centreId,
          clientId: client.id,
          expertId: expert.id,
          professionalName: "Professional",
          purpose: "Samen werken aan betere brieven",
          startsOn: day(p.from),
          endsOn: day(p.to),
          status: p.status,
        })
        .returning({ id: tandems.id });
      for (const m of p.meetings)
        await tx.insert(tandemMeetings).values({
          centreId,
          tandemId: row.id,
          startsAt: amsterdamToDate(day(m), "10:00"),
          endsAt: amsterdamToDate(day(m), "11:30"),
          place: "Kantoor",
        });
    }
  });
});
afterAll(() => database.close());

describe("tandem figures", () => {
  it("counts the tandems that ran in the period and the meetings they held in it, not planned ones or what is to come", async () => {
    const period = await run((tx) => tandemFigures(tx, coordinator, { from: day(-90), to: today }));
    expect(period).toEqual({ tandems: 2, meetings: 3, hours: 4.5 });
    const all = await run((tx) => tandemFigures(tx, coordinator, {}));
    expect(all).toEqual({ tandems: 3, meetings: 4, hours: 6 });
  });

  it("counts a tandem in the province of its client's area", async () => {
    expect(await run((tx) => tandemFigures(tx, coordinator, { province: "Drenthe" }))).toMatchObject({
      tandems: 3,
    });
    expect(await run((tx) => tandemFigures(tx, coordinator, { province: "Groningen" }))).toEqual({
      tandems: 0,
      meetings: 0,
      hours: 0,
    });
  });

  it("gives another centre nothing, and refuses a role without impact:read", async () => {
    const other = await insertActor(database.db, otherCentreId, "coordinator");
    expect(await run((tx) => tandemFigures(tx, other, {}), otherCentreId)).toEqual({
      tandems: 0,
      meetings: 0,
      hours: 0,
    });
    const expert = await insertActor(database.db, centreId, "expert");
    await expect(run((tx) => tandemFigures(tx, expert, {}))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("shows staff every number on the dashboard, and hides small groups from a funder", async () => {
    const staff = await run((tx) => impactDashboard(tx, coordinator, {}));
    expect(staff.tandems.tandems).toEqual({ value: 3, suppressed: false });
    expect(staff.tandems.meetings).toEqual({ value: 4, suppressed: false });
    const funder = await insertActor(database.db, centreId, "funder");
    const funded = await run((tx) => impactDashboard(tx, funder, {}));
    expect(funded.tandems.tandems).toEqual({ value: null, suppressed: true });
    expect(funded.tandems.hours).toEqual({ value: null, suppressed: true });
    const view = tandemsView({ tandems: 3, meetings: 7, hours: 10.5 }, { hide: true, limit: 5 });
    expect(view).toEqual({
      tandems: { value: null, suppressed: true },
      meetings: { value: 7, suppressed: false },
      hours: { value: 10.5, suppressed: false },
    });
  });
});
