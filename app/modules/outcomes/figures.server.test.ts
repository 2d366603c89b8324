import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre } from "~/db/client.server";
import { grantFunders } from "~/db/schema";
import { createTestDatabase } from "~/test/database";
import { insertActor, insertCentre } from "~/test/factories";
import { figureMembers, outcomeFigures, outcomeFiguresAsOperator, outcomeTrend } from "./figures.server";
import { reportJson } from "./report";
import { saveImpactSettings } from "./settings.server";
import {
  insertCohort,
  insertGrant,
  insertMeasurement,
  insertOutcome,
  insertSeedTable,
  insertTrainee,
} from "./test-data.server";

const now = new Date("2026-11-22T12:00:00Z");
let database: Database;
let centreId: string;
let seedCohort: string;
let laterCohort: string;
let grantId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  centreId = (await insertCentre(db)).id;
  grantId = await insertGrant(db, centreId);
  seedCohort = await insertSeedTable(db, centreId, {
    cohortId: (await insertCohort(db, centreId, { grantId })).id,
  });
  // A later cohort in Utrecht, certified in 2026: 2 trainees, one without an outcome yet.
  laterCohort = (await insertCohort(db, centreId, { startsOn: "2025-09-01", endsOn: "2026-06-30" })).id;
  const a = await insertTrainee(db, centreId, laterCohort, {
    province: "Utrecht",
    certifiedOn: "2026-06-30",
  });
  await insertOutcome(db, centreId, a, "job_seeking", "2026-07-01");
  await insertOutcome(db, centreId, a, "paid_job", "2026-10-01");
  await insertTrainee(db, centreId, laterCohort, { province: "Utrecht", certifiedOn: "2026-06-30" });
  // Still in training: never counted.
  await insertTrainee(db, centreId, laterCohort, { status: "in_training", certifiedOn: null });
});
afterAll(() => database.close());

const run = <T>(fn: Parameters<typeof inCentre<T>>[2], id = centreId) => inCentre(database.db, id, fn);

describe("outcomeFigures", () => {
  it("reproduces the seed's table from 44 trainees (45.5 / 22.7 / 18.2 / 13.6)", async () => {
    const coordinator = await insertActor(database.db, centreId, "coordinator");
    const figures = await run((tx) => outcomeFigures(tx, coordinator, { to: "2025-12-31" }, now));
    expect(figures.trained).toBe(44);
    expect(figures.counts).toEqual({ paid_job: 20, volunteer: 10, job_seeking: 8, other_path: 6, none: 0 });
    expect(figures.shares).toEqual({ paid_job: 45.5, volunteer: 22.7, job_seeking: 18.2, other_path: 13.6 });
    expect(figures.long_term_unemployed_share).toBe(90.9);
    expect(figures.activated_share).toBe(79.5);
    expect(figures.ladder).toMatchObject({ measured: 44, before: 2.2, after: 3.8 });
  });

  it("filters on period, province, cohort and grant", async () => {
    const admin = await insertActor(database.db, centreId, "admin");
    const all = await run((tx) => outcomeFigures(tx, admin, {}, now));
    expect(all.trained).toBe(46);
    expect(all.counts.none).toBe(1);
    const in2026 = await run((tx) =>
      outcomeFigures(tx, admin, { from: "2026-01-01", to: "2026-12-31" }, now),
    );
    expect(in2026.trained).toBe(2);
    expect(in2026.counts).toMatchObject({ paid_job: 1, job_seeking: 0, none: 1 });
    expect(in2026.shares.paid_job).toBe(50);
    expect((await run((tx) => outcomeFigures(tx, admin, { province: "Groningen" }, now))).trained).toBe(22);
    expect((await run((tx) => outcomeFigures(tx, admin, { cohortId: laterCohort }, now))).trained).toBe(2);
    expect((await run((tx) => outcomeFigures(tx, admin, { cohortId: seedCohort }, now))).trained).toBe(44);
    expect((await run((tx) => outcomeFigures(tx, admin, { grantId }, now))).trained).toBe(44);
  });

  it("gives another centre zeros", async () => {
    const other = (await insertCentre(database.db)).id;
    const admin = await insertActor(database.db, other, "admin");
    const figures = await run((tx) => outcomeFigures(tx, admin, {}, now), other);
    expect(figures.trained).toBe(0);
    expect(figures.shares.paid_job).toBe(0);
    // Even when asking for this centre's cohort by id.
    expect((await run((tx) => outcomeFigures(tx, admin, { cohortId: seedCohort }, now), other)).trained).toBe(
      0,
    );
  });

  it("is FORBIDDEN for an expert and a client contact", async () => {
    for (const role of ["expert", "client_contact"] as const) {
      const actor = await insertActor(database.db, centreId, role);
      await expect(run((tx) => outcomeFigures(tx, actor, {}, now))).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(run((tx) => outcomeTrend(tx, actor, {}))).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });

  it("shows a funder only the grants they fund, and never who is behind a figure", async () => {
    const funder = await insertActor(database.db, centreId, "funder");
    await database.db.insert(grantFunders).values({ centreId, grantId, userId: funder.userId });
    const mine = await run((tx) => outcomeFigures(tx, funder, {}, now));
    expect(mine.trained).toBe(44);
    expect(mine.shares.paid_job).toBe(45.5);
    const otherGrant = await insertGrant(database.db, centreId);
    await expect(run((tx) => outcomeFigures(tx, funder, { grantId: otherGrant }, now))).rejects.toMatchObject(
      {
        code: "FORBIDDEN",
      },
    );
    await expect(run((tx) => figureMembers(tx, funder, {}, "paid_job", now))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("follows the centre's definition of activated", async () => {
    const db = database.db;
    const own = (await insertCentre(db)).id;
    const admin = await insertActor(db, own, "admin");
    const cohort = (await insertCohort(db, own)).id;
    const rose = await insertTrainee(db, own, cohort);
    await insertMeasurement(db, own, rose, "intake", "2024-09-02", 2);
    await insertMeasurement(db, own, rose, "end", "2025-06-27", 3);
    const participates = await insertTrainee(db, own, cohort);
    await insertMeasurement(db, own, participates, "end", "2025-06-27", null, { participation: 4 });
    expect((await run((tx) => outcomeFigures(tx, admin, {}, now), own)).activated).toBe(1);
    await run(
      (tx) =>
        saveImpactSettings(tx, admin, {
          zrmEnabled: true,
          activatedLadderRise: 2,
          activatedParticipationMin: 4,
          smallGroupLimit: 5,
        }),
      own,
    );
    const members = await run((tx) => figureMembers(tx, admin, {}, "activated", now), own);
    expect(members.map((m) => m.traineeId)).toEqual([participates]);
  });
});

describe("figureMembers and outcomeTrend", () => {
  it("lists the people behind a figure for staff", async () => {
    const coordinator = await insertActor(database.db, centreId, "coordinator");
    const paid = await run((tx) => figureMembers(tx, coordinator, {}, "paid_job", now));
    expect(paid).toHaveLength(21);
    expect(paid[0]).toEqual({
      traineeId: expect.any(String),
      name: expect.any(String),
      cohort: expect.any(String),
    });
    const none = await run((tx) => figureMembers(tx, coordinator, {}, "none", now));
    expect(none).toHaveLength(1);
  });

  it("gives the situation at the end of each month from the timeline", async () => {
    const coordinator = await insertActor(database.db, centreId, "coordinator");
    const trend = await run((tx) =>
      outcomeTrend(tx, coordinator, { cohortId: laterCohort, from: "2026-06-01", to: "2026-10-31" }, now),
    );
    expect(trend.map((p) => [p.month, p.job_seeking, p.paid_job])).toEqual([
      ["2026-06", 0, 0],
      ["2026-07", 1, 0],
      ["2026-08", 1, 0],
      ["2026-09", 1, 0],
      ["2026-10", 0, 1],
    ]);
  });
});

describe("report outcomes --json", () => {
  it("prints the pinned shape with one decimal", async () => {
    const figures = await run((tx) => outcomeFiguresAsOperator(tx, centreId, { to: "2025-12-31" }, now));
    expect(JSON.stringify(reportJson(figures))).toBe(
      '{"trained":44,"shares":{"paid_job":45.5,"volunteer":22.7,"job_seeking":18.2,"other_path":13.6},"long_term_unemployed_share":90.9,"activated_share":79.5}',
    );
  });
});
