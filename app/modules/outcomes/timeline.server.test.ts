import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre } from "~/db/client.server";
import { auditLog } from "~/db/schema";
import { createTestDatabase } from "~/test/database";
import { insertActor, insertCentre } from "~/test/factories";
import { removeMeasurement, saveMeasurement } from "./record-measurement.server";
import { addOutcome, removeOutcome } from "./record-outcome.server";
import { getImpactSettings, saveImpactSettings } from "./settings.server";
import { insertCohort, insertTrainee } from "./test-data.server";
import { traineeTimeline } from "./timeline.server";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

async function setup() {
  const db = database.db;
  const centre = await insertCentre(db);
  const coordinator = await insertActor(db, centre.id, "coordinator");
  const cohort = await insertCohort(db, centre.id);
  const traineeId = await insertTrainee(db, centre.id, cohort.id, {
    situationBefore: "long_term_unemployed",
    benefitBefore: "Bijstand",
  });
  const run = <T>(fn: Parameters<typeof inCentre<T>>[2]) => inCentre(db, centre.id, fn);
  return { centre, coordinator, traineeId, run };
}

const paidJob = {
  kind: "paid_job" as const,
  startsOn: "2025-09-01",
  employer: "Gemeente Assen",
  hoursPerWeek: 24,
  sector: "gemeente",
  source: "employer" as const,
};

describe("a trainee's timeline", () => {
  it("adds and removes dated situations, newest first, each audited", async () => {
    const { centre, coordinator, traineeId, run } = await setup();
    await run((tx) =>
      addOutcome(tx, coordinator, traineeId, {
        kind: "job_seeking",
        startsOn: "2025-07-01",
        source: "centre",
      }),
    );
    const paidId = await run((tx) => addOutcome(tx, coordinator, traineeId, paidJob));
    const page = await run((tx) => traineeTimeline(tx, coordinator, traineeId));
    expect(page.trainee).toMatchObject({
      situationBefore: "long_term_unemployed",
      benefitBefore: "Bijstand",
    });
    expect(page.outcomes.map((o) => [o.kind, o.employer, o.hoursPerWeek])).toEqual([
      ["paid_job", "Gemeente Assen", 24],
      ["job_seeking", null, null],
    ]);
    await run((tx) => removeOutcome(tx, coordinator, traineeId, paidId));
    expect((await run((tx) => traineeTimeline(tx, coordinator, traineeId))).outcomes).toHaveLength(1);
    const audit = await database.db
      .select({ action: auditLog.action, detail: auditLog.detail })
      .from(auditLog)
      .where(and(eq(auditLog.centreId, centre.id), eq(auditLog.entity, "outcome")));
    expect(audit.map((a) => a.action).sort()).toEqual(["create", "create", "delete"]);
    expect(JSON.stringify(audit)).not.toContain("Assen");
  });

  it("saves one measurement per moment; ZRM only when the centre switched it on", async () => {
    const { coordinator, traineeId, run } = await setup();
    await run((tx) =>
      saveMeasurement(tx, coordinator, traineeId, { moment: "intake", measuredOn: "2024-09-02", ladder: 2 }),
    );
    await run((tx) =>
      saveMeasurement(tx, coordinator, traineeId, { moment: "intake", measuredOn: "2024-09-03", ladder: 3 }),
    );
    const withZrm = {
      moment: "end" as const,
      measuredOn: "2025-06-27",
      ladder: 4,
      zrm: { participation: 4, mental_health: 2 },
    };
    await expect(run((tx) => saveMeasurement(tx, coordinator, traineeId, withZrm))).rejects.toMatchObject({
      code: "INVALID",
      messageKey: "outcomes:errors.zrmOff",
    });
    let page = await run((tx) => traineeTimeline(tx, coordinator, traineeId));
    expect(page.measurements.map((m) => [m.moment, m.measuredOn, m.ladder])).toEqual([
      ["intake", "2024-09-03", 3],
    ]);
    expect(page.zrmEnabled).toBe(false);
    await run((tx) =>
      saveImpactSettings(tx, coordinator, {
        zrmEnabled: true,
        activatedLadderRise: 1,
        activatedParticipationMin: 4,
        smallGroupLimit: 5,
      }),
    );
    await run((tx) => saveMeasurement(tx, coordinator, traineeId, withZrm));
    page = await run((tx) => traineeTimeline(tx, coordinator, traineeId));
    expect(page.zrmEnabled).toBe(true);
    expect(page.measurements[1].zrm).toEqual({ participation: 4, mental_health: 2 });
    const reads = await database.db
      .select({ entityId: auditLog.entityId })
      .from(auditLog)
      .where(and(eq(auditLog.action, "read_private"), eq(auditLog.entity, "measurement")));
    expect(reads.map((r) => r.entityId)).toContain(traineeId);
    await run((tx) => removeMeasurement(tx, coordinator, traineeId, page.measurements[0].id));
    expect((await run((tx) => traineeTimeline(tx, coordinator, traineeId))).measurements).toHaveLength(1);
  });

  it("gives another centre NOT_FOUND and an expert FORBIDDEN", async () => {
    const { centre, traineeId } = await setup();
    const other = await insertCentre(database.db);
    const stranger = await insertActor(database.db, other.id, "coordinator");
    const inOther = <T>(fn: Parameters<typeof inCentre<T>>[2]) => inCentre(database.db, other.id, fn);
    await expect(inOther((tx) => traineeTimeline(tx, stranger, traineeId))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(inOther((tx) => addOutcome(tx, stranger, traineeId, paidJob))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const expert = await insertActor(database.db, centre.id, "expert");
    const own = <T>(fn: Parameters<typeof inCentre<T>>[2]) => inCentre(database.db, centre.id, fn);
    await expect(own((tx) => traineeTimeline(tx, expert, traineeId))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(own((tx) => addOutcome(tx, expert, traineeId, paidJob))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const funder = await insertActor(database.db, centre.id, "funder");
    await expect(own((tx) => getImpactSettings(tx, funder))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("keeps the impact settings per centre and audits which fields changed", async () => {
    const { centre, coordinator, run } = await setup();
    expect(await run((tx) => getImpactSettings(tx, coordinator))).toEqual({
      zrmEnabled: false,
      activatedLadderRise: 1,
      activatedParticipationMin: 4,
      smallGroupLimit: 5,
    });
    await run((tx) =>
      saveImpactSettings(tx, coordinator, {
        zrmEnabled: false,
        activatedLadderRise: 2,
        activatedParticipationMin: 4,
        smallGroupLimit: 10,
      }),
    );
    expect(await run((tx) => getImpactSettings(tx, coordinator))).toMatchObject({
      activatedLadderRise: 2,
      smallGroupLimit: 10,
    });
    const [line] = await database.db
      .select({ detail: auditLog.detail })
      .from(auditLog)
      .where(and(eq(auditLog.centreId, centre.id), eq(auditLog.entity, "impact_settings")));
    expect(line.detail).toMatchObject({ fields: ["activatedLadderRise", "smallGroupLimit"] });
    const other = await insertCentre(database.db);
    const otherAdmin = await insertActor(database.db, other.id, "admin");
    const otherSettings = await inCentre(database.db, other.id, (tx) => getImpactSettings(tx, otherAdmin));
    expect(otherSettings.activatedLadderRise).toBe(1);
  });
});
