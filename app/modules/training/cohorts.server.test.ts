import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre } from "~/db/client.server";
import { auditLog, cohorts, grants, trainees } from "~/db/schema";
import type { Actor } from "~/modules/accounts/actor";
import { createTestDatabase } from "~/test/database";
import { insertActor, insertCentre } from "~/test/factories";
import { cohortForEdit, createCohort, grantOptions, listCohorts, updateCohort } from "./cohorts.server";
import { type CohortInput, cohortInput } from "./input";
import { addModule, addSession, cohortProgramme, removeModule, removeSession } from "./programme.server";

let database: Database;
let centreId: string;
let coordinator: Actor;
let otherCoordinator: Actor;

beforeAll(async () => {
  database = await createTestDatabase();
  centreId = (await insertCentre(database.db)).id;
  coordinator = await insertActor(database.db, centreId, "coordinator");
  const other = await insertCentre(database.db);
  otherCoordinator = await insertActor(database.db, other.id, "coordinator");
});
afterAll(() => database.close());

const run = <T>(actor: Actor, fn: Parameters<typeof inCentre<T>>[2]) =>
  inCentre(database.db, actor.centreId, fn);

let counter = 0;
function input(overrides: Record<string, unknown> = {}): CohortInput {
  counter += 1;
  return cohortInput.parse({
    name: `Keuzedeel Utrecht ${counter}`,
    kind: "keuzedeel",
    trainingPartner: "ROC Midden Nederland",
    location: "Utrecht",
    province: "Utrecht",
    startsOn: "2026-09-01",
    ...overrides,
  });
}

describe("cohorts", () => {
  it("creates a keuzedeel that ends 40 weeks after the start when no end is given, with an audit line", async () => {
    const { id } = await run(coordinator, (tx) => createCohort(tx, coordinator, input()));
    const saved = await run(coordinator, (tx) => cohortForEdit(tx, coordinator, id));
    expect(saved).toMatchObject({
      kind: "keuzedeel",
      endsOn: "2027-06-08",
      trainingPartner: "ROC Midden Nederland",
    });
    const lines = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.entity, "cohort")));
    expect(lines).toHaveLength(1);
  });

  it("needs an end date after the start, and one for a short trajectory", () => {
    const early = cohortInput.safeParse({
      name: "X",
      kind: "keuzedeel",
      startsOn: "2026-09-01",
      endsOn: "2026-08-01",
    });
    expect(early.success).toBe(false);
    expect(early.error?.issues[0]).toMatchObject({
      path: ["endsOn"],
      message: "training:errors.endAfterStart",
    });
    const region = cohortInput.safeParse({ name: "X", kind: "region", startsOn: "2026-09-01" });
    expect(region.error?.issues[0]).toMatchObject({
      path: ["endsOn"],
      message: "training:errors.endRequired",
    });
  });

  it("refuses a second cohort with the same name", async () => {
    const value = input();
    await run(coordinator, (tx) => createCohort(tx, coordinator, value));
    await expect(run(coordinator, (tx) => createCohort(tx, coordinator, value))).rejects.toMatchObject({
      code: "CONFLICT",
      fields: { name: ["training:errors.nameTaken"] },
    });
  });

  it("links a grant of the centre and refuses another centre's grant", async () => {
    const [grant] = await database.db
      .insert(grants)
      .values({
        centreId,
        name: "Samen werken met ervaring",
        funderName: "Provincie",
        startsOn: "2026-01-01",
        endsOn: "2027-12-31",
      })
      .returning({ id: grants.id });
    const [foreign] = await database.db
      .insert(grants)
      .values({
        centreId: otherCoordinator.centreId,
        name: "Ander",
        funderName: "X",
        startsOn: "2026-01-01",
        endsOn: "2027-12-31",
      })
      .returning({ id: grants.id });
    expect(await run(coordinator, (tx) => grantOptions(tx, coordinator))).toEqual([
      { id: grant.id, name: "Samen werken met ervaring" },
    ]);
    const { id } = await run(coordinator, (tx) =>
      createCohort(tx, coordinator, input({ grantId: grant.id })),
    );
    await expect(
      run(coordinator, (tx) => updateCohort(tx, coordinator, { ...input({ grantId: foreign.id }), id })),
    ).rejects.toMatchObject({ code: "INVALID", fields: { grantId: ["validation.invalid"] } });
    const programme = await run(coordinator, (tx) => cohortProgramme(tx, coordinator, id));
    expect(programme.cohort.grant).toBe("Samen werken met ervaring");
  });

  it("lists cohorts with the number of trainees per status", async () => {
    const { id } = await run(coordinator, (tx) =>
      createCohort(
        tx,
        coordinator,
        input({ name: "Training professionals", kind: "professionals", endsOn: "2026-10-01" }),
      ),
    );
    await database.db.insert(trainees).values([
      {
        centreId,
        cohortId: id,
        firstName: "A",
        lastName: "Een",
        status: "in_training",
        intakeStatus: "accepted",
      },
      {
        centreId,
        cohortId: id,
        firstName: "B",
        lastName: "Twee",
        status: "in_training",
        intakeStatus: "accepted",
      },
      { centreId, cohortId: id, firstName: "C", lastName: "Drie" },
    ]);
    const rows = await run(coordinator, (tx) => listCohorts(tx, coordinator));
    const row = rows.find((r) => r.id === id);
    expect(row?.counts).toEqual({ candidate: 1, in_training: 2, certified: 0, stopped: 0 });
    expect(row?.kind).toBe("professionals");
  });
});

describe("the programme", () => {
  it("adds sessions and modules, shows them in order, and removes them", async () => {
    const { id } = await run(coordinator, (tx) => createCohort(tx, coordinator, input()));
    const late = await run(coordinator, (tx) =>
      addSession(tx, coordinator, id, {
        sessionDate: "2026-09-15",
        sessionTime: "13:30",
        sessionTitle: "Levensverhaal",
      }),
    );
    await run(coordinator, (tx) =>
      addSession(tx, coordinator, id, {
        sessionDate: "2026-09-08",
        sessionTime: "09:30",
        sessionTitle: "Kennismaking",
      }),
    );
    await run(coordinator, (tx) =>
      addModule(tx, coordinator, id, { moduleName: "Armoede en uitsluiting", moduleKind: "module" }),
    );
    const task = await run(coordinator, (tx) =>
      addModule(tx, coordinator, id, { moduleName: "Reflectieverslag", moduleKind: "assignment" }),
    );
    let programme = await run(coordinator, (tx) => cohortProgramme(tx, coordinator, id));
    expect(programme.sessions.map((s) => s.title)).toEqual(["Kennismaking", "Levensverhaal"]);
    expect(programme.sessions[0].startsAt).toBe("2026-09-08T07:30:00.000Z");
    expect(programme.modules.map((m) => [m.name, m.kind, m.position])).toEqual([
      ["Armoede en uitsluiting", "module", 1],
      ["Reflectieverslag", "assignment", 2],
    ]);
    await run(coordinator, (tx) => removeSession(tx, coordinator, id, late.id));
    await run(coordinator, (tx) => removeModule(tx, coordinator, id, task.id));
    programme = await run(coordinator, (tx) => cohortProgramme(tx, coordinator, id));
    expect(programme.sessions.map((s) => s.title)).toEqual(["Kennismaking"]);
    expect(programme.modules).toHaveLength(1);
  });
});

describe("tenancy and roles", () => {
  it("another centre sees no cohorts and cannot open or change one", async () => {
    const { id } = await run(coordinator, (tx) => createCohort(tx, coordinator, input()));
    expect(await run(otherCoordinator, (tx) => listCohorts(tx, otherCoordinator))).toEqual([]);
    await expect(
      run(otherCoordinator, (tx) => cohortProgramme(tx, otherCoordinator, id)),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      run(otherCoordinator, (tx) =>
        addSession(tx, otherCoordinator, id, {
          sessionDate: "2026-09-08",
          sessionTime: "09:30",
          sessionTitle: "X",
        }),
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const [row] = await database.db.select({ name: cohorts.name }).from(cohorts).where(eq(cohorts.id, id));
    expect(row.name).toContain("Keuzedeel");
  });

  it("an expert, a client contact and a funder get FORBIDDEN", async () => {
    for (const role of ["expert", "client_contact", "funder"] as const) {
      const actor = await insertActor(database.db, centreId, role);
      await expect(run(actor, (tx) => listCohorts(tx, actor))).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(run(actor, (tx) => createCohort(tx, actor, input()))).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
  });
});
