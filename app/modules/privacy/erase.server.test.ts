import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre, queryRows } from "~/db/client.server";
import { adviceQuestions, assignments, auditLog, experts, invitations, memberships, user } from "~/db/schema";
import { tablesInOrder } from "~/modules/backup/catalog.server";
import { queueMail } from "~/modules/mail/queue.server";
import { outcomeFigures } from "~/modules/outcomes/figures.server";
import {
  insertCohort,
  insertMeasurement,
  insertOutcome,
  insertTrainee,
} from "~/modules/outcomes/test-data.server";
import { readPrivateNotes } from "~/modules/pool/profile.server";
import { createTestDatabase } from "~/test/database";
import { insertActor, insertCentre, insertExpertWithLogin, insertRequest } from "~/test/factories";
import { erasePerson } from "./erase.server";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

/** Every row of every table, as text: what a full backup of the database would hold. */
async function everything(): Promise<string> {
  const db = database.db;
  const parts: string[] = [];
  for (const table of await tablesInOrder(db)) {
    const rows = await queryRows<{ j: string }>(
      db,
      sql`select row_to_json(t)::text as j from ${sql.identifier(table)} t`,
    );
    parts.push(...rows.map((r) => r.j));
  }
  return parts.join("\n").toLowerCase();
}

describe("erasing a person (tandem privacy erase)", () => {
  it("leaves no trace of their name or address anywhere, keeps a pseudonym, and the figures stay the same", async () => {
    const db = database.db;
    const centre = await insertCentre(db);
    const coordinator = await insertActor(db, centre.id, "coordinator");
    const name = { firstName: "Wilhelmina", lastName: "Zwartveld" };
    const { actor, expert } = await insertExpertWithLogin(db, centre.id, {
      ...name,
      phone: "06-11112222",
      privateNotes: "Belt liever na de middag.",
    });
    const [{ email }] = await db.select({ email: user.email }).from(user).where(eq(user.id, actor.userId));
    await db.update(user).set({ name: "Wilhelmina Zwartveld" }).where(eq(user.id, actor.userId));
    await db.update(experts).set({ email }).where(eq(experts.id, expert.id));
    const cohort = await insertCohort(db, centre.id);
    const traineeId = await insertTrainee(db, centre.id, cohort.id, {
      ...name,
      email,
      expertId: expert.id,
      benefitBefore: "bijstand",
    });
    await insertOutcome(db, centre.id, traineeId, "paid_job", "2026-02-01");
    await insertMeasurement(db, centre.id, traineeId, "intake", "2025-09-01", 2);
    await insertMeasurement(db, centre.id, traineeId, "month_6", "2026-03-01", 4);
    // others, so the shares mean something
    for (const kind of ["volunteer", "job_seeking"] as const) {
      const other = await insertTrainee(db, centre.id, cohort.id);
      await insertOutcome(db, centre.id, other, kind, "2026-02-01");
    }
    const request = await insertRequest(db, centre.id, { submittedBy: `Wilhelmina Zwartveld <${email}>` });
    await db.insert(assignments).values({
      centreId: centre.id,
      requestId: request.id,
      expertId: expert.id,
      status: "confirmed",
      minutesWorked: 120,
      hoursNote: "Wilhelmina nam haar dochter mee.",
    });
    await db.insert(invitations).values({
      centreId: centre.id,
      email,
      role: "expert",
      expertId: expert.id,
      tokenHash: "x".repeat(64),
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    await db.insert(adviceQuestions).values({
      centreId: centre.id,
      organisation: "Buurthuis De Schakel",
      askerName: "Wilhelmina Zwartveld",
      askerEmail: email,
      category: "pay",
      question: "Mag een ervaringsdeskundige bijverdienen?",
      source: "public_form",
    });
    await inCentre(db, centre.id, async (tx) => {
      await queueMail(tx, { to: email, subject: "Hallo Wilhelmina", text: "Beste Wilhelmina Zwartveld," });
      await readPrivateNotes(tx, coordinator, expert.id);
      await tx
        .insert(auditLog)
        .values({ centreId: centre.id, userId: actor.userId, action: "update", entity: "assignment" });
    });
    const figures = () =>
      inCentre(db, centre.id, (tx) => outcomeFigures(tx, coordinator, {}, new Date("2026-12-02T12:00:00Z")));
    const before = await figures();
    expect(await everything()).toContain("zwartveld");

    const erased = await erasePerson(db, centre.id, email.toUpperCase(), {
      centreId: centre.id,
      userId: null,
    });

    const all = await everything();
    for (const trace of [
      "wilhelmina",
      "zwartveld",
      email.toLowerCase(),
      "06-11112222",
      "belt liever",
      "bijstand",
    ])
      expect(all, trace).not.toContain(trace);
    expect(erased).toMatchObject({ loginDeleted: true, found: { login: true, poolRecords: 1, trainees: 1 } });
    expect(await db.select().from(user).where(eq(user.id, actor.userId))).toEqual([]);
    // the inzet stays, with its numbers, on the pseudonymised pool record
    const [kept] = await db
      .select({ minutes: assignments.minutesWorked, lastName: experts.lastName })
      .from(assignments)
      .innerJoin(experts, eq(experts.id, assignments.expertId))
      .where(eq(assignments.requestId, request.id));
    expect(kept).toEqual({ minutes: 120, lastName: erased.pseudonym });
    // the log lines the person wrote keep the pseudonym
    const lines = await db
      .select({ detail: auditLog.detail })
      .from(auditLog)
      .where(eq(auditLog.centreId, centre.id));
    expect(lines.some((l) => l.detail.pseudonym === erased.pseudonym)).toBe(true);
    expect(await figures()).toEqual(before);
  });

  it("keeps the login of someone who also works at another centre, and refuses an unknown address", async () => {
    const db = database.db;
    const centre = await insertCentre(db);
    const other = await insertCentre(db);
    const { actor } = await insertExpertWithLogin(db, centre.id);
    await db.insert(memberships).values({ centreId: other.id, userId: actor.userId, role: "expert" });
    const [{ email }] = await db.select({ email: user.email }).from(user).where(eq(user.id, actor.userId));
    const erased = await erasePerson(db, centre.id, email, { centreId: centre.id, userId: null });
    expect(erased.loginDeleted).toBe(false);
    expect(
      await db.select({ id: memberships.id }).from(memberships).where(eq(memberships.userId, actor.userId)),
    ).toHaveLength(1);
    await expect(
      erasePerson(db, centre.id, "niemand@example.org", { centreId: centre.id, userId: null }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
