import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre, type Tx } from "~/db/client.server";
import { auditLog } from "~/db/schema";
import { trajectoryInput } from "~/modules/coaching/input";
import { addNote } from "~/modules/coaching/notes.server";
import { trajectoryDetail } from "~/modules/coaching/queries.server";
import { createTrajectory } from "~/modules/coaching/trajectory.server";
import { saveImpactSettings } from "~/modules/outcomes/settings.server";
import { insertCohort, insertMeasurement, insertTrainee } from "~/modules/outcomes/test-data.server";
import { traineeTimeline } from "~/modules/outcomes/timeline.server";
import { readPrivateNotes } from "~/modules/pool/profile.server";
import { traineeRecord } from "~/modules/training/trainee.server";
import { createTestDatabase } from "~/test/database";
import { insertActor, insertCentre, insertExpertWithLogin } from "~/test/factories";
import { readReasonInput } from "./input";
import { readGate, readReasonAsked, setReadReason } from "./read-reason.server";
import { readsOfOwnRecords } from "./reads.server";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe("a reason for reading private notes", () => {
  it("is asked when the centre chooses so, and the expert sees the reader's reason", async () => {
    const db = database.db;
    const centre = await insertCentre(db);
    const inOwn = <T>(fn: (tx: Tx) => Promise<T>) => inCentre(db, centre.id, fn);
    const coordinator = await insertActor(db, centre.id, "coordinator", "Carla Coördinator");
    const { actor, expert } = await insertExpertWithLogin(db, centre.id, {
      privateNotes: "Liever geen avonden.",
    });
    expect(await inOwn((tx) => readReasonAsked(tx, centre.id))).toBe(false);
    await expect(inOwn((tx) => setReadReason(tx, actor, true))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await inOwn((tx) => setReadReason(tx, coordinator, true));
    expect(await inOwn((tx) => readReasonAsked(tx, centre.id))).toBe(true);
    // another centre's choice is its own
    const other = await insertCentre(db);
    expect(await inCentre(db, other.id, (tx) => readReasonAsked(tx, other.id))).toBe(false);

    await inOwn((tx) => readPrivateNotes(tx, coordinator, expert.id, "Planning van de inzet in januari"));
    const reads = await inOwn((tx) => readsOfOwnRecords(tx, actor));
    expect(reads).toEqual([
      expect.objectContaining({
        reader: "Carla Coördinator",
        kind: "privateNotes",
        reason: "Planning van de inzet in januari",
      }),
    ]);
  });

  it("refuses a reason of less than five characters", () => {
    expect(readReasonInput.safeParse("ok").success).toBe(false);
    expect(readReasonInput.safeParse("  Intake voorbereiden ").data).toBe("Intake voorbereiden");
  });
});

describe("the gate before sensitive records", () => {
  const page = (query = "") => new URL(`http://tandem.test/page${query}`);

  it("is open without a reason when the centre does not ask one, and needs five characters when it does", async () => {
    const db = database.db;
    const centre = await insertCentre(db);
    const coordinator = await insertActor(db, centre.id, "coordinator");
    const gate = (query?: string) => inCentre(db, centre.id, (tx) => readGate(tx, centre.id, page(query)));
    expect(await gate()).toMatchObject({ asked: false, open: true, reason: null });
    await inCentre(db, centre.id, (tx) => setReadReason(tx, coordinator, true));
    expect(await gate()).toMatchObject({ asked: true, open: false, error: null });
    expect(await gate("?readReason=ok")).toMatchObject({
      open: false,
      error: "privacy:readReason.errors.reason",
    });
    expect(await gate("?readReason=%20Intake%20voorbereiden")).toMatchObject({
      open: true,
      reason: "Intake voorbereiden",
    });
  });

  it("keeps the benefit, the special ZRM scores and the coaching notes closed, and unread, until a reason", async () => {
    const db = database.db;
    const centre = await insertCentre(db);
    const inOwn = <T>(fn: (tx: Tx) => Promise<T>) => inCentre(db, centre.id, fn);
    const coordinator = await insertActor(db, centre.id, "coordinator", "Carla Coördinator");
    const { actor, expert } = await insertExpertWithLogin(db, centre.id);
    const cohort = await insertCohort(db, centre.id);
    const traineeId = await insertTrainee(db, centre.id, cohort.id, {
      expertId: expert.id,
      benefitBefore: "bijstand",
    });
    await insertMeasurement(db, centre.id, traineeId, "intake", "2024-09-02", 2, {
      participation: 2,
      mental_health: 3,
    });
    await inOwn((tx) =>
      saveImpactSettings(tx, coordinator, {
        zrmEnabled: true,
        activatedLadderRise: 1,
        activatedParticipationMin: 4,
        smallGroupLimit: 5,
      }),
    );
    const { id: trajectoryId } = await inOwn((tx) =>
      createTrajectory(
        tx,
        coordinator,
        trajectoryInput.parse({
          expertId: expert.id,
          coachUserId: coordinator.userId,
          startsOn: "2026-11-01",
        }),
      ),
    );
    await inOwn((tx) => addNote(tx, coordinator, trajectoryId, { text: "We oefenen nee zeggen." }));
    await inOwn((tx) => setReadReason(tx, coordinator, true));
    const reads = () =>
      db
        .select({ entity: auditLog.entity })
        .from(auditLog)
        .where(and(eq(auditLog.centreId, centre.id), eq(auditLog.action, "read_private")));

    // without a reason: hidden, and nothing read
    const closed = await inOwn((tx) => readGate(tx, centre.id, page()));
    const record = await inOwn((tx) => traineeRecord(tx, coordinator, traineeId, closed));
    expect(record).toMatchObject({ benefitBefore: null, benefitHidden: true });
    const timeline = await inOwn((tx) => traineeTimeline(tx, coordinator, traineeId, closed));
    expect(timeline.trainee).toMatchObject({ benefitBefore: null, benefitHidden: true });
    expect(timeline.zrmHidden).toBe(true);
    expect(timeline.measurements[0].zrm).toEqual({ participation: 2 });
    const coaching = await inOwn((tx) => trajectoryDetail(tx, coordinator, trajectoryId, closed));
    expect(coaching.notes).toBeNull();
    expect(await reads()).toEqual([]);

    // with a reason: shown, and each read keeps the reason the expert then reads
    const reason = "Voorbereiding van het eindgesprek";
    const open = await inOwn((tx) =>
      readGate(tx, centre.id, page(`?readReason=${encodeURIComponent(reason)}`)),
    );
    expect((await inOwn((tx) => traineeRecord(tx, coordinator, traineeId, open))).benefitBefore).toBe(
      "bijstand",
    );
    const shown = await inOwn((tx) => traineeTimeline(tx, coordinator, traineeId, open));
    expect(shown.measurements[0].zrm).toEqual({ participation: 2, mental_health: 3 });
    expect(shown.zrmHidden).toBe(false);
    const notes = await inOwn((tx) => trajectoryDetail(tx, coordinator, trajectoryId, open));
    expect(notes.notes?.map((n) => n.text)).toEqual(["We oefenen nee zeggen."]);
    const seen = await inOwn((tx) => readsOfOwnRecords(tx, actor));
    expect(seen.map((r) => [r.kind, r.reason]).sort()).toEqual(
      [
        ["benefit", reason],
        ["benefit", reason],
        ["coachingNotes", reason],
        ["zrm", reason],
      ].sort(),
    );
  });
});
