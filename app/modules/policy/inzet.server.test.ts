import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre, queryRows } from "~/db/client.server";
import { experts, policyAttendance, policySessions, policyTrajectories } from "~/db/schema";
import { createTestDatabase } from "~/test/database";
import { insertCentre, insertClient, insertExpert } from "~/test/factories";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe("taking part in policy work is inzet", () => {
  it("counts a policy session for the fair spread: inzet_moments and the expert's last inzet follow it", async () => {
    const db = database.db;
    const centre = await insertCentre(db);
    const expert = await insertExpert(db, centre.id);
    const client = await insertClient(db, centre.id, { name: "Gemeente Heumen" });
    const [trajectory] = await db
      .insert(policyTrajectories)
      .values({
        centreId: centre.id,
        clientId: client.id,
        topic: "Minimaregeling",
        phase: "ontwerpen",
        phaseSince: "2026-10-01",
        startedOn: "2026-09-01",
      })
      .returning();
    const startsAt = new Date("2026-11-12T13:00:00Z");
    const [session] = await db
      .insert(policySessions)
      .values({
        centreId: centre.id,
        trajectoryId: trajectory.id,
        startsAt,
        endsAt: new Date("2026-11-12T15:00:00Z"),
        subject: "De aanvraag eenvoudiger maken",
      })
      .returning();
    const lastInzet = async () =>
      (await db.select({ at: experts.lastInzetAt }).from(experts).where(eq(experts.id, expert.id)))[0].at;
    expect(await lastInzet()).toBeNull();
    await db
      .insert(policyAttendance)
      .values({ centreId: centre.id, sessionId: session.id, expertId: expert.id });
    expect(await lastInzet()).toEqual(startsAt);
    const moments = await inCentre(db, centre.id, (tx) =>
      queryRows<{ kind: string }>(tx, sql`select kind from inzet_moments where expert_id = ${expert.id}`),
    );
    expect(moments).toEqual([{ kind: "policy_session" }]);
    // the session moves: the last inzet moves with it; no attendance, no inzet
    const later = new Date("2026-11-19T13:00:00Z");
    await db.update(policySessions).set({ startsAt: later }).where(eq(policySessions.id, session.id));
    expect(await lastInzet()).toEqual(later);
    await db.delete(policyAttendance).where(eq(policyAttendance.sessionId, session.id));
    expect(await lastInzet()).toBeNull();
  });
});
