import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre, queryRows } from "~/db/client.server";
import {
  assignments,
  centres,
  clients,
  employerStages,
  employers,
  evaluations,
  experts,
  grants,
  requestStatuses,
  sectors,
} from "~/db/schema";
import { signInWithPassword } from "~/modules/accounts/sign-in.server";
import { membershipsOf } from "~/modules/accounts/viewer.server";
import {
  listGroups,
  missedLastTwoReport,
  noRoomEmployers,
  upcomingSessions,
} from "~/modules/intervisie/queries.server";
import { outcomeFiguresAsOperator } from "~/modules/outcomes/figures.server";
import { sectorResults } from "~/modules/pilots/queries.server";
import { createTestDatabase } from "~/test/database";
import { DEMO_PASSWORD, demoLogins } from "./logins";
import { seedDemo } from "./seed-demo.server";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe("demo centre", () => {
  it("fills a centre with invented data in every request state, with working logins", async () => {
    const started = Date.now();
    const result = await seedDemo(database.db, { today: new Date("2026-11-20T12:00:00Z") });
    expect(Date.now() - started).toBeLessThan(20_000);
    const [centre] = await database.db.select().from(centres).where(eq(centres.id, result.centreId));
    expect(centre).toMatchObject({ slug: "demo", name: "Sterk uit Armoede (demo)", requestSeq: 80 });

    // tandems in every status, with meetings, log lines and evaluations
    expect(result.counts).toMatchObject({
      tandems: 5,
      tandemMeetings: 13,
      tandemLog: 9,
      tandemEvaluations: 3,
    });
    await inCentre(database.db, result.centreId, async (tx) => {
      expect(await tx.$count(experts)).toBe(60);
      expect(await tx.$count(clients)).toBe(25);
      const states = await queryRows<{ status: string; n: string | number }>(
        tx,
        sql`select status, count(*) as n from requests group by status`,
      );
      expect(states.map((s) => s.status).sort()).toEqual([...requestStatuses].sort());
      expect(states.reduce((sum, s) => sum + Number(s.n), 0)).toBe(80);
      const stages = (await tx.selectDistinct({ s: employers.stage }).from(employers)).map((e) => e.s);
      expect(stages.sort()).toEqual([...employerStages].sort());
      const placed = await queryRows<{ n: string | number; ended: string | number }>(
        tx,
        sql`select count(*) as n, count(ends_on) as ended from placements`,
      );
      expect(Number(placed[0].n)).toBeGreaterThanOrEqual(3);
      expect(Number(placed[0].ended)).toBeGreaterThanOrEqual(1);
      const usedSectors = await tx.selectDistinct({ sector: clients.sector }).from(clients);
      expect(usedSectors.map((s) => s.sector).sort()).toEqual([...sectors].sort());
      const statuses = (await tx.selectDistinct({ s: assignments.status }).from(assignments)).map((a) => a.s);
      expect(statuses).toEqual(expect.arrayContaining(["offered", "accepted", "confirmed", "declined"]));
      const hours = await queryRows<{ n: string | number }>(
        tx,
        sql`select count(*) as n from assignments a join requests r on r.id = a.request_id
            where r.status in ('done', 'evaluated') and a.status = 'confirmed' and a.minutes_worked is null`,
      );
      expect(Number(hours[0].n)).toBe(0);
      const quotes = await tx
        .select({ quote: evaluations.quote })
        .from(evaluations)
        .where(eq(evaluations.quotePublic, true));
      expect(quotes.length).toBeGreaterThan(0);
      const slots = await queryRows<{ past: boolean; future: boolean }>(
        tx,
        sql`select bool_or(starts_at < '2026-11-20') as past, bool_or(starts_at > '2026-11-20') as future from request_slots`,
      );
      expect(slots[0]).toEqual({ past: true, future: true });
      // the seeds' own table, computed from the demo records by the dashboard's code
      const figures = await outcomeFiguresAsOperator(
        tx,
        result.centreId,
        {},
        new Date("2026-11-20T12:00:00Z"),
      );
      expect(figures.trained).toBe(44);
      // a pilot per sector under the demo grant; housing has fewer than 5 answers after ("<5")
      const [grant] = await tx.select({ id: grants.id }).from(grants);
      const sectorsShown = await sectorResults(tx, [grant.id], 5);
      expect(sectorsShown.map((p) => p.sector).sort()).toEqual(
        ["bedrijven", "gemeenten", "onderwijs", "woningcorporaties"].sort(),
      );
      const housing = sectorsShown.find((p) => p.sector === "woningcorporaties");
      expect(housing?.statements[0].after).toEqual({ value: null, suppressed: true });
      const municipalities = sectorsShown.find((p) => p.sector === "gemeenten");
      expect(municipalities?.statements[0].change.suppressed).toBe(false);
      expect(municipalities?.statements[0].change.value).toBeGreaterThan(0);
      expect(figures.shares).toEqual({
        paid_job: 45.5,
        volunteer: 22.7,
        job_seeking: 18.2,
        other_path: 13.6,
      });
      expect(figures.long_term_unemployed_share).toBe(90.9);
      expect(figures.activated_share).toBe(79.5);
      // intervisie: two groups, and one expert at work who missed the last two sessions
      const coordinator = {
        centreId: result.centreId,
        userId: crypto.randomUUID(),
        role: "coordinator" as const,
      };
      const now = new Date("2026-11-20T12:00:00Z");
      expect((await listGroups(tx, coordinator, now)).map((g) => g.kind).sort()).toEqual([
        "employer",
        "region",
      ]);
      expect(await missedLastTwoReport(tx, coordinator, now)).toHaveLength(1);
      expect((await upcomingSessions(tx, coordinator, now)).some((s) => s.signedUp > 0)).toBe(true);
      expect((await noRoomEmployers(tx, coordinator)).map((e) => e.name)).toEqual(["Bibliotheek Middenland"]);
    });

    for (const login of demoLogins) {
      const person = await database.db.query.user.findFirst({
        where: (u, { eq }) => eq(u.email, login.email),
      });
      const list = await membershipsOf(database.db, person!.id);
      expect(list.find((m) => m.centreId === result.centreId)?.role).toBe(login.role);
    }
    const admin = demoLogins.find((l) => l.role === "admin")!;
    const signedIn = await signInWithPassword(
      database.db,
      new Request("http://localhost/login"),
      admin.email,
      DEMO_PASSWORD,
    );
    expect(signedIn.twoFactor).toBe(false);
  });

  it("refuses a second demo centre", async () => {
    await expect(seedDemo(database.db)).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "demo:exists",
    });
  });
});
