import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre } from "~/db/client.server";
import { memberships } from "~/db/schema";
import { trajectoryInput } from "~/modules/coaching/input";
import { addNote } from "~/modules/coaching/notes.server";
import { trajectoryDetail } from "~/modules/coaching/queries.server";
import { createTrajectory } from "~/modules/coaching/trajectory.server";
import { insertCohort, insertTrainee } from "~/modules/outcomes/test-data.server";
import { readPrivateNotes } from "~/modules/pool/profile.server";
import { traineeRecord } from "~/modules/training/trainee.server";
import { createTestDatabase } from "~/test/database";
import { insertActor, insertCentre, insertExpertWithLogin } from "~/test/factories";
import { readsOfOwnRecords } from "./reads.server";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe("who read my records", () => {
  it("lists each read of the private notes and the benefit by someone else, with their name and role", async () => {
    const db = database.db;
    const centre = await insertCentre(db);
    const coordinator = await insertActor(db, centre.id, "coordinator", "Carla Coördinator");
    const { actor, expert } = await insertExpertWithLogin(db, centre.id, {
      privateNotes: "Let op de reistijd.",
    });
    const other = await insertExpertWithLogin(db, centre.id);
    const cohort = await insertCohort(db, centre.id);
    const traineeId = await insertTrainee(db, centre.id, cohort.id, {
      expertId: expert.id,
      benefitBefore: "bijstand",
    });
    const inOwn = <T>(fn: Parameters<typeof inCentre<T>>[2]) => inCentre(db, centre.id, fn);

    await inOwn((tx) => readPrivateNotes(tx, coordinator, expert.id));
    await inOwn((tx) => traineeRecord(tx, coordinator, traineeId));
    await inOwn((tx) => readPrivateNotes(tx, coordinator, other.expert.id));

    const reads = await inOwn((tx) => readsOfOwnRecords(tx, actor));
    expect(reads.map((r) => [r.kind, r.reader, r.role])).toEqual(
      expect.arrayContaining([
        ["privateNotes", "Carla Coördinator", "coordinator"],
        ["benefit", "Carla Coördinator", "coordinator"],
      ]),
    );
    expect(reads).toHaveLength(2);
    // the other expert sees only the read of their own notes
    const theirs = await inOwn((tx) => readsOfOwnRecords(tx, other.actor));
    expect(theirs.map((r) => r.kind)).toEqual(["privateNotes"]);
    // another centre sees nothing of it
    const elsewhere = await insertCentre(db);
    const stranger = await insertExpertWithLogin(db, elsewhere.id);
    expect(await inCentre(db, elsewhere.id, (tx) => readsOfOwnRecords(tx, stranger.actor))).toEqual([]);
  });

  it("shows a reader who left the centre without their name", async () => {
    const db = database.db;
    const centre = await insertCentre(db);
    const coordinator = await insertActor(db, centre.id, "coordinator", "Vertrokken Collega");
    const { actor, expert } = await insertExpertWithLogin(db, centre.id, { privateNotes: "Notitie." });
    await inCentre(db, centre.id, (tx) => readPrivateNotes(tx, coordinator, expert.id));
    await db
      .delete(memberships)
      .where(and(eq(memberships.userId, coordinator.userId), eq(memberships.centreId, centre.id)));
    const [read] = await inCentre(db, centre.id, (tx) => readsOfOwnRecords(tx, actor));
    expect(read).toMatchObject({ kind: "privateNotes", reader: null, role: null });
  });
});

describe("who read my coaching notes", () => {
  it("lists the coach's reads of the notes on my trajectory", async () => {
    const db = database.db;
    const centre = await insertCentre(db);
    const coach = await insertActor(db, centre.id, "coordinator", "Bart Begeleider");
    const { actor, expert } = await insertExpertWithLogin(db, centre.id);
    const inOwn = <T>(fn: Parameters<typeof inCentre<T>>[2]) => inCentre(db, centre.id, fn);
    const { id } = await inOwn((tx) =>
      createTrajectory(
        tx,
        coach,
        trajectoryInput.parse({ expertId: expert.id, coachUserId: coach.userId, startsOn: "2026-11-01" }),
      ),
    );
    await inOwn((tx) => addNote(tx, coach, id, { text: "We oefenen nee zeggen." }));
    await inOwn((tx) => trajectoryDetail(tx, coach, id));
    const reads = await inOwn((tx) => readsOfOwnRecords(tx, actor));
    expect(reads).toEqual([expect.objectContaining({ kind: "coachingNotes", reader: "Bart Begeleider" })]);
  });
});
