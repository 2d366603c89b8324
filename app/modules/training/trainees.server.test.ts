import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre } from "~/db/client.server";
import { auditLog, experts, memberships, sessionAttendance, trainees, user } from "~/db/schema";
import { parseForm } from "~/lib/forms.server";
import type { Actor } from "~/modules/accounts/actor";
import { createTestDatabase } from "~/test/database";
import { insertActor, insertCentre } from "~/test/factories";
import { attendanceSheet, saveAttendance } from "./attendance.server";
import { createCohort } from "./cohorts.server";
import { trainingOfExpert } from "./history.server";
import { type CandidateInput, candidateInput, cohortInput } from "./input";
import { addCandidate, decideIntake } from "./intake.server";
import { addModule, addSession, cohortProgramme } from "./programme.server";
import { moveToPool } from "./to-pool.server";
import {
  certify,
  saveAssessment,
  saveMilestones,
  saveProgress,
  stopTraining,
  traineeRecord,
} from "./trainee.server";

let database: Database;
let centreId: string;
let coordinator: Actor;
let otherCoordinator: Actor;
let cohortId: string;

const run = <T>(actor: Actor, fn: Parameters<typeof inCentre<T>>[2]) =>
  inCentre(database.db, actor.centreId, fn);
const scope = (who: Actor) => ({
  ...who,
  db: database.db,
  run: <T>(fn: Parameters<typeof inCentre<T>>[2]) => inCentre(database.db, who.centreId, fn),
});

beforeAll(async () => {
  database = await createTestDatabase();
  centreId = (await insertCentre(database.db)).id;
  coordinator = await insertActor(database.db, centreId, "coordinator");
  otherCoordinator = await insertActor(database.db, (await insertCentre(database.db)).id, "coordinator");
  ({ id: cohortId } = await run(coordinator, (tx) =>
    createCohort(
      tx,
      coordinator,
      cohortInput.parse({
        name: "Keuzedeel Zwolle",
        kind: "keuzedeel",
        trainingPartner: "Deltion",
        startsOn: "2026-09-01",
      }),
    ),
  ));
});
afterAll(() => database.close());

const yes = { ownExperience: true, experienceBehind: true, motivated: true };
let counter = 0;
function candidate(overrides: Record<string, unknown> = {}): CandidateInput {
  counter += 1;
  return candidateInput.parse({
    firstName: "Sanne",
    lastName: `de Vries ${counter}`,
    situationBefore: "long_term_unemployed",
    benefitBefore: "bijstand",
    intakeStatus: "accepted",
    ...yes,
    ...overrides,
  });
}
const accepted = async (overrides: Record<string, unknown> = {}) =>
  (await run(coordinator, (tx) => addCandidate(tx, coordinator, cohortId, candidate(overrides)))).id;

describe("intake", () => {
  it("puts an accepted candidate in training and keeps the criteria and situation before", async () => {
    const id = await accepted();
    const record = await run(coordinator, (tx) => traineeRecord(tx, coordinator, id));
    expect(record).toMatchObject({
      intakeStatus: "accepted",
      status: "in_training",
      ownExperience: true,
      experienceBehind: true,
      motivated: true,
      situationBefore: "long_term_unemployed",
    });
  });

  it("needs a reason to refuse, and saves nothing without one", async () => {
    const before = await database.db.select({ id: trainees.id }).from(trainees);
    await expect(accepted({ intakeStatus: "rejected" })).rejects.toMatchObject({
      code: "INVALID",
      fields: { intakeReason: ["training:errors.reasonRequired"] },
    });
    expect(await database.db.select({ id: trainees.id }).from(trainees)).toHaveLength(before.length);
    const id = await accepted({ intakeStatus: "rejected", intakeReason: "Zit nog midden in de schulden." });
    const record = await run(coordinator, (tx) => traineeRecord(tx, coordinator, id));
    expect(record).toMatchObject({
      intakeStatus: "rejected",
      status: "candidate",
      intakeReason: "Zit nog midden in de schulden.",
    });
  });

  it("accepts only when all three criteria are met; a decision later moves the candidate into training", async () => {
    const id = await accepted({ intakeStatus: "applied", motivated: undefined });
    const decision = {
      ownExperience: true,
      experienceBehind: true,
      motivated: false,
      intakeStatus: "accepted" as const,
    };
    await expect(run(coordinator, (tx) => decideIntake(tx, coordinator, id, decision))).rejects.toMatchObject(
      {
        fields: { intakeStatus: ["training:errors.criteriaMissing"] },
      },
    );
    await run(coordinator, (tx) => decideIntake(tx, coordinator, id, { ...decision, motivated: true }));
    expect((await run(coordinator, (tx) => traineeRecord(tx, coordinator, id))).status).toBe("in_training");
    await expect(run(coordinator, (tx) => decideIntake(tx, coordinator, id, decision))).rejects.toMatchObject(
      {
        code: "CONFLICT",
      },
    );
  });

  it("reads the criteria from the form's checkboxes and asks for a reason next to the field", () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({
      firstName: "Ali",
      lastName: "Bakker",
      ownExperience: "on",
      intakeStatus: "rejected",
    }))
      form.append(k, v);
    const parsed = parseForm(form, candidateInput);
    expect(parsed.ok && parsed.value).toMatchObject({
      ownExperience: true,
      experienceBehind: false,
      motivated: false,
    });
  });

  it("never takes a BSN-like number as the benefit", () => {
    const result = candidateInput.safeParse({
      firstName: "A",
      lastName: "B",
      intakeStatus: "applied",
      benefitBefore: "bijstand 123456782",
    });
    expect(result.error?.issues[0]).toMatchObject({
      path: ["benefitBefore"],
      message: "training:errors.noNumbers",
    });
  });
});

describe("attendance", () => {
  it("saves everyone's attendance at once, and nothing when one row is wrong", async () => {
    const a = await accepted();
    const b = await accepted();
    const session = await run(coordinator, (tx) =>
      addSession(tx, coordinator, cohortId, {
        sessionDate: "2026-09-08",
        sessionTime: "10:00",
        sessionTitle: "Start",
      }),
    );
    const stranger = await accepted({ intakeStatus: "rejected", intakeReason: "Geen motivatie" });
    await expect(
      run(coordinator, (tx) =>
        saveAttendance(tx, coordinator, cohortId, session.id, [
          { traineeId: a, attendance: "present" },
          { traineeId: stranger, attendance: "present" },
        ]),
      ),
    ).rejects.toMatchObject({ code: "INVALID" });
    const none = await database.db
      .select()
      .from(sessionAttendance)
      .where(eq(sessionAttendance.sessionId, session.id));
    expect(none).toEqual([]);
    await run(coordinator, (tx) =>
      saveAttendance(tx, coordinator, cohortId, session.id, [
        { traineeId: a, attendance: "present" },
        { traineeId: b, attendance: "excused" },
      ]),
    );
    await run(coordinator, (tx) =>
      saveAttendance(tx, coordinator, cohortId, session.id, [{ traineeId: b, attendance: "absent" }]),
    );
    const sheet = await run(coordinator, (tx) => attendanceSheet(tx, coordinator, cohortId, session.id));
    const marks = Object.fromEntries(sheet.trainees.map((p) => [p.id, p.attendance]));
    expect(marks[a]).toBe("present");
    expect(marks[b]).toBe("absent");
    expect(sheet.trainees.some((p) => p.id === stranger)).toBe(false);
    const programme = await run(coordinator, (tx) => cohortProgramme(tx, coordinator, cohortId));
    expect(programme.sessions.find((s) => s.id === session.id)).toMatchObject({ present: 1, marked: 2 });
  });
});

describe("progress, certificate and the pool", () => {
  it("keeps progress per module and the portfolio milestones", async () => {
    const id = await accepted();
    const mod = await run(coordinator, (tx) =>
      addModule(tx, coordinator, cohortId, { moduleName: "Eigen verhaal", moduleKind: "module" }),
    );
    await run(coordinator, (tx) =>
      saveProgress(tx, coordinator, id, [
        { moduleId: mod.id, progress: "completed", completedOn: "2026-10-01" },
      ]),
    );
    await run(coordinator, (tx) =>
      saveMilestones(tx, coordinator, id, { lifeStoryOn: "2026-11-01", placementOn: "2027-03-01" }),
    );
    const record = await run(coordinator, (tx) => traineeRecord(tx, coordinator, id));
    expect(record.modules.find((m) => m.id === mod.id)).toMatchObject({
      progress: "completed",
      completedOn: "2026-10-01",
    });
    expect(record).toMatchObject({
      lifeStoryOn: "2026-11-01",
      reflectionOn: null,
      placementOn: "2027-03-01",
    });
  });

  it("certifies only after a passed final assessment", async () => {
    const id = await accepted();
    const attempt = () => run(coordinator, (tx) => certify(tx, coordinator, id, "2027-06-10"));
    await expect(attempt()).rejects.toMatchObject({
      fields: { certifiedOn: ["training:errors.assessmentNotPassed"] },
    });
    await run(coordinator, (tx) =>
      saveAssessment(tx, coordinator, id, { finalAssessmentOn: "2027-06-01", finalAssessmentPassed: "no" }),
    );
    await expect(attempt()).rejects.toMatchObject({ code: "INVALID" });
    await run(coordinator, (tx) =>
      saveAssessment(tx, coordinator, id, { finalAssessmentOn: "2027-06-05", finalAssessmentPassed: "yes" }),
    );
    await attempt();
    expect(await run(coordinator, (tx) => traineeRecord(tx, coordinator, id))).toMatchObject({
      status: "certified",
      certifiedOn: "2027-06-10",
    });
  });

  it("stops a trainee with a date and reason; they cannot be certified then", async () => {
    const id = await accepted();
    await run(coordinator, (tx) =>
      stopTraining(tx, coordinator, id, { stoppedOn: "2026-12-01", stoppedReason: "Ziek" }),
    );
    expect((await run(coordinator, (tx) => traineeRecord(tx, coordinator, id))).status).toBe("stopped");
    await run(coordinator, (tx) =>
      saveAssessment(tx, coordinator, id, { finalAssessmentOn: "2027-06-05", finalAssessmentPassed: "yes" }),
    );
    await expect(run(coordinator, (tx) => certify(tx, coordinator, id, "2027-06-10"))).rejects.toMatchObject({
      fields: { certifiedOn: ["training:errors.notInTraining"] },
    });
  });

  it("moves a certified trainee into the pool with a login, keeps the trainee, and refuses a second time", async () => {
    const id = await accepted({ email: "Sanne.Pool@example.org", phone: "06 1234 5678" });
    await expect(moveToPool(scope(coordinator), id)).rejects.toMatchObject({
      messageKey: "training:errors.notCertified",
    });
    await run(coordinator, (tx) =>
      saveAssessment(tx, coordinator, id, { finalAssessmentOn: "2027-06-05", finalAssessmentPassed: "yes" }),
    );
    await run(coordinator, (tx) => certify(tx, coordinator, id, "2027-06-10"));
    const { expertId } = await moveToPool(scope(coordinator), id);
    const [expert] = await database.db.select().from(experts).where(eq(experts.id, expertId));
    expect(expert).toMatchObject({
      status: "certified",
      certifiedOn: "2027-06-10",
      email: "sanne.pool@example.org",
      phone: "06 1234 5678",
    });
    const [member] = await database.db
      .select({ role: memberships.role })
      .from(memberships)
      .innerJoin(user, eq(user.id, memberships.userId))
      .where(eq(user.id, expert.userId as string));
    expect(member.role).toBe("expert");
    const record = await run(coordinator, (tx) => traineeRecord(tx, coordinator, id));
    expect(record).toMatchObject({ expertId, status: "certified", finalAssessmentPassed: true });
    const lines = await database.db
      .select({ detail: auditLog.detail })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.entity, "trainee")));
    expect(lines.some((l) => (l.detail as { movedToPool?: boolean }).movedToPool)).toBe(true);
    const history = await run(coordinator, (tx) => trainingOfExpert(tx, coordinator, expertId));
    expect(history).toEqual([{ traineeId: id, cohortName: "Keuzedeel Zwolle" }]);
    const count = (await database.db.select({ id: experts.id }).from(experts)).length;
    await expect(moveToPool(scope(coordinator), id)).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "training:errors.alreadyInPool",
    });
    expect((await database.db.select({ id: experts.id }).from(experts)).length).toBe(count);
  });
});

describe("tenancy and roles", () => {
  it("another centre cannot read or change a trainee", async () => {
    const id = await accepted();
    await expect(
      run(otherCoordinator, (tx) => traineeRecord(tx, otherCoordinator, id)),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      run(otherCoordinator, (tx) =>
        stopTraining(tx, otherCoordinator, id, { stoppedOn: "2026-12-01", stoppedReason: "x" }),
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(moveToPool(scope(otherCoordinator), id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      run(otherCoordinator, (tx) => addCandidate(tx, otherCoordinator, cohortId, candidate())),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("an expert, a client contact and a funder get FORBIDDEN", async () => {
    const id = await accepted();
    for (const role of ["expert", "client_contact", "funder"] as const) {
      const actor = await insertActor(database.db, centreId, role);
      await expect(run(actor, (tx) => traineeRecord(tx, actor, id))).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(run(actor, (tx) => addCandidate(tx, actor, cohortId, candidate()))).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(moveToPool(scope(actor), id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
