import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre, type Tx } from "~/db/client.server";
import type { Actor } from "~/modules/accounts/actor";
import { createCentre } from "~/modules/centres/create-centre.server";
import { createTestDatabase } from "~/test/database";
import { insertActor, insertExpertWithLogin } from "~/test/factories";
import { allowReader, withdrawReader } from "./access.server";
import { trajectoryInput } from "./input";
import { addNote, reflectOnNote } from "./notes.server";
import { addGoal, addMeeting, setGoalStatus } from "./plan.server";
import { expertOptions, listTrajectories, myCoaching, trajectoryDetail } from "./queries.server";
import { createTrajectory, endTrajectory, updateTrajectory } from "./trajectory.server";

let database: Database;
let centreId: string;
let otherCentreId: string;
let coach: Actor;
let second: Actor;
let outsider: Actor;
let admin: Actor;
let contact: Actor;
let funder: Actor;
let expert: Actor;
let otherExpert: Actor;
let expertId: string;
let otherCoordinator: Actor;

beforeAll(async () => {
  database = await createTestDatabase();
  const slug = () => `c-${crypto.randomUUID().slice(0, 6)}`;
  centreId = (await createCentre(database.db, { centreName: "Centrum Begeleiding", slug: slug() })).id;
  otherCentreId = (await createCentre(database.db, { centreName: "Centrum Elders", slug: slug() })).id;
  coach = await insertActor(database.db, centreId, "coordinator", "Carla Coach");
  second = await insertActor(database.db, centreId, "coordinator", "Dirk Tweede");
  outsider = await insertActor(database.db, centreId, "coordinator", "Els Anders");
  admin = await insertActor(database.db, centreId, "admin", "Ali Beheer");
  contact = await insertActor(database.db, centreId, "client_contact", "Karin Klant");
  funder = await insertActor(database.db, centreId, "funder", "Frank Fonds");
  const own = await insertExpertWithLogin(database.db, centreId, {
    firstName: "Petra",
    lastName: "de Vries",
  });
  expert = own.actor;
  expertId = own.expert.id;
  otherExpert = (await insertExpertWithLogin(database.db, centreId)).actor;
  otherCoordinator = await insertActor(database.db, otherCentreId, "coordinator", "Olga Elders");
});
afterAll(() => database.close());

const inOwn = <T>(fn: (tx: Tx) => Promise<T>) => inCentre(database.db, centreId, fn);

describe("coaching notes", () => {
  let trajectoryId: string;
  it("a coach starts a trajectory and writes a note; the expert reads it and reflects", async () => {
    ({ id: trajectoryId } = await inOwn((tx) =>
      createTrajectory(
        tx,
        coach,
        trajectoryInput.parse({ expertId, coachUserId: coach.userId, startsOn: "2026-11-01" }),
      ),
    ));
    await inOwn((tx) => addGoal(tx, coach, trajectoryId, { text: "Vaker zelf het woord nemen" }));
    await inOwn((tx) => addMeeting(tx, coach, trajectoryId, { meetsOn: "2099-01-10", agreed: "" }));
    const note = await inOwn((tx) =>
      addNote(tx, coach, trajectoryId, { text: "Goed gesprek over grenzen." }),
    );
    const mine = await inOwn((tx) => myCoaching(tx, expert));
    expect(mine?.notes.map((n) => n.text)).toEqual(["Goed gesprek over grenzen."]);
    await inOwn((tx) =>
      reflectOnNote(tx, expert, trajectoryId, { noteId: note.id, reflection: "Herkenbaar." }),
    );
    const detail = await inOwn((tx) => trajectoryDetail(tx, coach, trajectoryId));
    expect(detail.access).toBe("coach");
    expect(detail.notes?.[0].expertReflection).toBe("Herkenbaar.");
    const list = await inOwn((tx) => listTrajectories(tx, outsider));
    expect(list[0]).toMatchObject({
      expertName: "Petra de Vries",
      coachName: "Carla Coach",
      nextMeeting: "2099-01-10",
    });
    expect(JSON.stringify(list)).not.toContain("grenzen");
  });

  it("nobody else reads the notes: not another coordinator, an admin, a contact, a funder, another expert or centre", async () => {
    for (const actor of [outsider, admin]) {
      const detail = await inOwn((tx) => trajectoryDetail(tx, actor, trajectoryId));
      expect(detail.access).toBe("none");
      expect(detail.notes).toBeNull();
      expect(JSON.stringify(detail)).not.toContain("grenzen");
    }
    for (const actor of [contact, funder])
      await expect(inOwn((tx) => trajectoryDetail(tx, actor, trajectoryId))).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    expect(await inOwn((tx) => myCoaching(tx, otherExpert))).toBeNull();
    await expect(
      inCentre(database.db, otherCentreId, (tx) => trajectoryDetail(tx, otherCoordinator, trajectoryId)),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(inOwn((tx) => addNote(tx, outsider, trajectoryId, { text: "x" }))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(inOwn((tx) => allowReader(tx, coach, trajectoryId, outsider.userId))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("the expert allows a coordinator, sees who read, and withdraws", async () => {
    await inOwn((tx) => allowReader(tx, expert, trajectoryId, second.userId));
    const read = await inOwn((tx) => trajectoryDetail(tx, second, trajectoryId));
    expect(read.access).toBe("allowed");
    expect(read.notes?.[0].text).toBe("Goed gesprek over grenzen.");
    const mine = await inOwn((tx) => myCoaching(tx, expert));
    expect(mine?.log.map((l) => l.name)).toEqual(expect.arrayContaining(["Carla Coach", "Dirk Tweede"]));
    expect(mine?.log.map((l) => l.name)).not.toContain("Els Anders");
    expect(mine?.allowed.map((a) => a.name)).toEqual(["Dirk Tweede"]);
    await inOwn((tx) => withdrawReader(tx, expert, trajectoryId, second.userId));
    const after = await inOwn((tx) => trajectoryDetail(tx, second, trajectoryId));
    expect(after.notes).toBeNull();
  });

  it("refuses bad input and a second active trajectory", async () => {
    expect(
      trajectoryInput.safeParse({
        expertId,
        coachUserId: coach.userId,
        startsOn: "2026-11-01",
        endsOn: "2026-10-01",
      }).success,
    ).toBe(false);
    await expect(
      inOwn((tx) =>
        createTrajectory(tx, coach, { expertId, coachUserId: coach.userId, startsOn: "2026-12-01" }),
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      inOwn((tx) =>
        createTrajectory(tx, coach, { expertId, coachUserId: contact.userId, startsOn: "2026-12-01" }),
      ),
    ).rejects.toMatchObject({ code: "INVALID" });
  });

  it("the read log is the coach's and the expert's only; goals reached count; ending frees the expert", async () => {
    const coachView = await inOwn((tx) => trajectoryDetail(tx, coach, trajectoryId));
    expect(coachView.log?.map((l) => l.name)).toEqual(expect.arrayContaining(["Carla Coach", "Dirk Tweede"]));
    expect((await inOwn((tx) => trajectoryDetail(tx, outsider, trajectoryId))).log).toBeNull();
    expect(await inOwn((tx) => expertOptions(tx, coach))).not.toContainEqual(
      expect.objectContaining({ id: expertId }),
    );
    const [goal] = coachView.goals;
    await inOwn((tx) => setGoalStatus(tx, coach, trajectoryId, { goalId: goal.id, status: "reached" }));
    const [row] = await inOwn((tx) => listTrajectories(tx, coach));
    expect(row).toMatchObject({ goalsReached: 1, goalsTotal: 1 });
    await expect(inOwn((tx) => endTrajectory(tx, contact, trajectoryId, "2026-12-02"))).rejects.toMatchObject(
      {
        code: "FORBIDDEN",
      },
    );
    await inOwn((tx) => endTrajectory(tx, coach, trajectoryId, "2026-12-02"));
    const ended = await inOwn((tx) => trajectoryDetail(tx, coach, trajectoryId));
    expect(ended.trajectory).toMatchObject({ status: "ended", endsOn: "2026-12-02" });
    const next = await inOwn((tx) =>
      createTrajectory(tx, coach, { expertId, coachUserId: second.userId, startsOn: "2026-12-03" }),
    );
    // the old one cannot be made active again beside the new one
    await expect(
      inOwn((tx) =>
        updateTrajectory(tx, coach, trajectoryId, {
          coachUserId: coach.userId,
          startsOn: "2026-11-01",
          status: "active",
        }),
      ),
    ).rejects.toMatchObject({ code: "CONFLICT", fields: { status: ["coaching:errors.alreadyActive"] } });
    expect((await inOwn((tx) => myCoaching(tx, expert)))?.trajectory.id).toBe(next.id);
  });
});
