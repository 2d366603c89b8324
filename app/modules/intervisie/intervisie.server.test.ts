import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre, type Tx } from "~/db/client.server";
import { checklistItems, employerChecklist, employers, intervisieGroups, placements } from "~/db/schema";
import type { Actor } from "~/modules/accounts/actor";
import { insertCohort, insertTrainee } from "~/modules/outcomes/test-data.server";
import { createTestDatabase } from "~/test/database";
import { insertActor, insertCentre, insertExpert, insertExpertWithLogin } from "~/test/factories";
import { addMember, createGroup, removeMember, updateGroup } from "./groups.server";
import { groupInput, sessionInput } from "./input";
import {
  groupDetail,
  listGroups,
  missedLastTwoReport,
  noRoomEmployers,
  ownIntervisie,
  ownSignedUpSessions,
  sessionDetail,
  upcomingSessions,
} from "./queries.server";
import { cancelSession, planSession, recordAttendance } from "./sessions.server";
import { signOff, signUp } from "./signups.server";

let database: Database;
let coordinator: Actor;
let otherCoordinator: Actor;
let centreId: string;
let otherCentreId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  centreId = (await insertCentre(database.db)).id;
  otherCentreId = (await insertCentre(database.db)).id;
  coordinator = await insertActor(database.db, centreId, "coordinator", "Carla Coördinator");
  otherCoordinator = await insertActor(database.db, otherCentreId, "coordinator");
});
afterAll(() => database.close());

const inOwn = <T>(fn: (tx: Tx) => Promise<T>) => inCentre(database.db, centreId, fn);
const name = (prefix: string) => `${prefix} ${crypto.randomUUID().slice(0, 6)}`;
const session = (day: string, overrides: Record<string, unknown> = {}) =>
  sessionInput.parse({
    day,
    from: "14:00",
    until: "16:00",
    place: "Buurthuis De Brug",
    method: "incidentmethode",
    facilitatorName: "Bea Begeleider",
    ...overrides,
  });
const regionGroup = () =>
  inOwn((tx) =>
    createGroup(
      tx,
      coordinator,
      groupInput.parse({ name: name("Intervisie Noord"), kind: "region", area: "Noord" }),
    ),
  );

async function employerWithPlacement(expertId: string, employerName: string) {
  const [employer] = await database.db
    .insert(employers)
    .values({ centreId, name: employerName, sector: "housing", stage: "at_work", stageSince: "2026-01-01" })
    .returning({ id: employers.id });
  const cohortId = (await insertCohort(database.db, centreId)).id;
  const traineeId = await insertTrainee(database.db, centreId, cohortId, { expertId });
  await database.db.insert(placements).values({
    centreId,
    employerId: employer.id,
    traineeId,
    expertId,
    kind: "paid_job",
    startsOn: "2026-01-01",
  });
  return employer.id;
}

describe("intervisie groups and sessions", () => {
  it("plans a session, lets a member sign up, off and on, records attendance and cancels", async () => {
    const { id: groupId } = await regionGroup();
    const { actor: anna, expert: annaRecord } = await insertExpertWithLogin(database.db, centreId, {
      firstName: "Anna",
      lastName: "Bakker",
    });
    const bram = await insertExpert(database.db, centreId, { firstName: "Bram", lastName: "Visser" });
    await inOwn((tx) => addMember(tx, coordinator, { groupId, expertId: annaRecord.id }));
    await inOwn((tx) => addMember(tx, coordinator, { groupId, expertId: annaRecord.id })); // once
    await inOwn((tx) => addMember(tx, coordinator, { groupId, expertId: bram.id }));
    const { id: sessionId } = await inOwn((tx) =>
      planSession(tx, coordinator, { groupId, ...session("2027-03-10") }),
    );

    const before = new Date("2027-03-01T10:00:00Z");
    await inOwn((tx) => signUp(tx, anna, sessionId, before));
    await inOwn((tx) => signOff(tx, anna, sessionId, before));
    expect((await inOwn((tx) => ownIntervisie(tx, anna, before))).upcoming[0]).toMatchObject({
      signedUp: false,
      signedOff: true,
      open: true,
    });
    await inOwn((tx) => signUp(tx, anna, sessionId, before));
    expect(await inOwn((tx) => ownSignedUpSessions(tx, anna, before))).toHaveLength(1);
    // after the start: no changing any more
    await expect(
      inOwn((tx) => signOff(tx, anna, sessionId, new Date("2027-03-10T14:00:00Z"))),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    const detail = await inOwn((tx) => sessionDetail(tx, coordinator, sessionId));
    expect(detail.session.facilitator).toBe("Bea Begeleider");
    expect(detail.people.map((p) => [p.name, p.signedUp])).toEqual([
      ["Anna Bakker", true],
      ["Bram Visser", false],
    ]);
    expect(
      (await inOwn((tx) => upcomingSessions(tx, coordinator, before))).find((s) => s.id === sessionId),
    ).toMatchObject({ signedUp: 1 });

    await expect(
      inOwn((tx) => recordAttendance(tx, coordinator, { sessionId, present: [annaRecord.id] }, before)),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const after = new Date("2027-03-10T16:00:00Z");
    await inOwn((tx) => recordAttendance(tx, coordinator, { sessionId, present: [annaRecord.id] }, after));
    const recorded = await inOwn((tx) => sessionDetail(tx, coordinator, sessionId));
    expect(recorded.people.map((p) => p.attended)).toEqual(["yes", "no"]);
    expect((await inOwn((tx) => ownIntervisie(tx, anna, after))).past[0].attended).toBe("yes");

    const { id: later } = await inOwn((tx) =>
      planSession(tx, coordinator, { groupId, ...session("2027-04-10") }),
    );
    await inOwn((tx) => cancelSession(tx, coordinator, later));
    await expect(inOwn((tx) => signUp(tx, anna, later, before))).rejects.toMatchObject({ code: "CONFLICT" });
    const group = await inOwn((tx) => groupDetail(tx, coordinator, groupId));
    expect(group.members).toHaveLength(2);
    expect(group.sessions.map((s) => s.cancelled)).toEqual([true, false]);
    expect((await inOwn((tx) => listGroups(tx, coordinator))).some((g) => g.id === groupId)).toBe(true);

    await inOwn((tx) => removeMember(tx, coordinator, { groupId, expertId: bram.id }));
    expect((await inOwn((tx) => groupDetail(tx, coordinator, groupId))).members).toHaveLength(1);
  });

  it("lists employed experts who missed the last two sessions, and employers without room", async () => {
    const { id: groupId } = await regionGroup();
    const cas = await insertExpert(database.db, centreId, { firstName: "Cas", lastName: "Mulder" });
    const dana = await insertExpert(database.db, centreId, { firstName: "Dana", lastName: "Smit" });
    const eva = await insertExpert(database.db, centreId, { firstName: "Eva", lastName: "Jansen" });
    const employerName = name("Woonstichting");
    await employerWithPlacement(cas.id, employerName);
    await employerWithPlacement(dana.id, name("Bibliotheek"));
    for (const e of [cas, dana, eva])
      await inOwn((tx) => addMember(tx, coordinator, { groupId, expertId: e.id }));
    const days = ["2026-09-10", "2026-10-10", "2026-11-10"];
    for (const [i, day] of days.entries()) {
      const { id } = await inOwn((tx) => planSession(tx, coordinator, { groupId, ...session(day) }));
      // Cas only at the first, Dana at the last, Eva (no job) never
      const present = i === 0 ? [cas.id, dana.id] : i === 2 ? [dana.id] : [];
      await inOwn((tx) =>
        recordAttendance(tx, coordinator, { sessionId: id, present }, new Date(`${day}T18:00:00Z`)),
      );
    }
    const report = await inOwn((tx) =>
      missedLastTwoReport(tx, coordinator, new Date("2026-12-01T12:00:00Z")),
    );
    const mine = report.filter((r) => [cas.id, dana.id, eva.id].includes(r.expertId));
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ name: "Cas Mulder", employers: [employerName] });
    expect(mine[0].lastAt?.toISOString()).toBe("2026-09-10T12:00:00.000Z");

    const [employer] = await database.db
      .select({ id: employers.id })
      .from(employers)
      .where(eq(employers.name, employerName));
    const [room] = await database.db
      .insert(checklistItems)
      .values({ centreId, key: "intervisie_room", label: "Ruimte voor intervisie in werktijd" })
      .onConflictDoNothing()
      .returning({ id: checklistItems.id });
    const itemId =
      room?.id ??
      (
        await database.db
          .select({ id: checklistItems.id })
          .from(checklistItems)
          .where(eq(checklistItems.centreId, centreId))
      ).find(Boolean)?.id;
    await database.db.insert(employerChecklist).values({
      centreId,
      employerId: employer.id,
      itemId: itemId as string,
      state: "no",
      note: "Alleen buiten werktijd",
    });
    expect(await inOwn((tx) => noRoomEmployers(tx, coordinator))).toEqual([
      { employerId: employer.id, name: employerName, note: "Alleen buiten werktijd" },
    ]);
  });

  it("keeps centres apart, refuses weaker roles, strangers and bad input", async () => {
    const { id: groupId } = await regionGroup();
    const { actor: member, expert: memberRecord } = await insertExpertWithLogin(database.db, centreId);
    const { actor: stranger } = await insertExpertWithLogin(database.db, centreId);
    await inOwn((tx) => addMember(tx, coordinator, { groupId, expertId: memberRecord.id }));
    const { id: sessionId } = await inOwn((tx) =>
      planSession(tx, coordinator, { groupId, ...session("2027-05-10") }),
    );
    const before = new Date("2027-05-01T10:00:00Z");

    // another centre sees nothing
    const other = (fn: (tx: Tx) => Promise<unknown>) => inCentre(database.db, otherCentreId, fn);
    expect(await other((tx) => listGroups(tx, otherCoordinator))).toEqual([]);
    await expect(other((tx) => groupDetail(tx, otherCoordinator, groupId))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(other((tx) => sessionDetail(tx, otherCoordinator, sessionId))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      other((tx) => planSession(tx, otherCoordinator, { groupId, ...session("2027-05-11") })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await other((tx) => upcomingSessions(tx, otherCoordinator, before))).toEqual([]);

    // an expert cannot manage, and cannot sign up for a group they are not in
    await expect(inOwn((tx) => listGroups(tx, member))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      inOwn((tx) => planSession(tx, member, { groupId, ...session("2027-05-12") })),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(inOwn((tx) => missedLastTwoReport(tx, member))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(inOwn((tx) => signUp(tx, stranger, sessionId, before))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(inOwn((tx) => signUp(tx, coordinator, sessionId, before))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await inOwn((tx) => ownIntervisie(tx, stranger, before))).toMatchObject({
      inGroup: false,
      upcoming: [],
    });
    expect((await inOwn((tx) => ownIntervisie(tx, member, before))).inGroup).toBe(true);
    // a stopped group: its members no longer sign up
    await inOwn((tx) =>
      updateGroup(tx, coordinator, {
        groupId,
        ...groupInput.parse({ name: name("Gestopt"), kind: "region", area: "Noord" }),
      }),
    );
    await expect(inOwn((tx) => signUp(tx, member, sessionId, before))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });

    // bad input: field messages, and nothing saved
    const bad = sessionInput.safeParse({ day: "2027-13-01", from: "16:00", until: "14:00", method: "x" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["day", "method"]));
    const noPlace = sessionInput.safeParse({
      day: "2027-05-10",
      from: "14:00",
      until: "16:00",
      method: "other",
    });
    expect(noPlace.error?.issues.map((i) => [i.path.join("."), i.message])).toContainEqual([
      "place",
      "intervisie:errors.placeOrOnline",
    ]);
    expect(groupInput.safeParse({ name: "Groep", kind: "employer" }).error?.issues[0].path).toEqual([
      "employerId",
    ]);
    const taken = (await inOwn((tx) => listGroups(tx, coordinator)))[0].name;
    await expect(
      inOwn((tx) =>
        createGroup(tx, coordinator, groupInput.parse({ name: taken, kind: "region", area: "Zuid" })),
      ),
    ).rejects.toMatchObject({ code: "INVALID", fields: { name: ["intervisie:errors.nameTaken"] } });
    const foreignEmployer = (
      await database.db
        .insert(employers)
        .values({
          centreId: otherCentreId,
          name: name("Elders"),
          sector: "company",
          stageSince: "2026-01-01",
        })
        .returning({ id: employers.id })
    )[0].id;
    const count = async () =>
      (await database.db.select().from(intervisieGroups).where(eq(intervisieGroups.centreId, centreId)))
        .length;
    const groups = await count();
    await expect(
      inOwn((tx) =>
        createGroup(
          tx,
          coordinator,
          groupInput.parse({ name: name("Elders"), kind: "employer", employerId: foreignEmployer }),
        ),
      ),
    ).rejects.toMatchObject({ code: "INVALID", fields: { employerId: ["validation.choose"] } });
    await expect(
      inOwn((tx) =>
        recordAttendance(
          tx,
          coordinator,
          { sessionId, present: [crypto.randomUUID()] },
          new Date("2027-05-10T18:00:00Z"),
        ),
      ),
    ).rejects.toMatchObject({ code: "INVALID" });
    expect(await count()).toBe(groups);
  });
});
