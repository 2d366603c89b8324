import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre, type Tx } from "~/db/client.server";
import { adviceQuestions, evaluations, experts, jobs } from "~/db/schema";
import { runDueJobs } from "~/modules/jobs/runner.server";
import { createTestDatabase } from "~/test/database";
import { insertActor, insertCentre, insertExpert, insertRequest } from "~/test/factories";
import {
  applyRetentionInCentre,
  lastRetentionRun,
  planRetention,
  retentionKind,
  retentionOf,
  setRetention,
} from "./retention.server";
import { retentionKinds } from "./values";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const yearsAgo = (now: Date, years: number) => new Date(now.getTime() - years * 365.25 * 86_400_000);

describe("retention", () => {
  it("removes the text that is past its period, keeps what is not and the figures, and logs the counts", async () => {
    const db = database.db;
    const now = new Date("2026-12-02T03:00:00Z");
    const centre = await insertCentre(db);
    const inOwn = <T>(fn: (tx: Tx) => Promise<T>) => inCentre(db, centre.id, fn);
    const old = await insertExpert(db, centre.id, { privateNotes: "Oud", lastInzetAt: yearsAgo(now, 3) });
    const recent = await insertExpert(db, centre.id, {
      privateNotes: "Nieuw",
      lastInzetAt: yearsAgo(now, 1),
    });
    const request = await insertRequest(db, centre.id, { status: "done" });
    await db.insert(evaluations).values({
      centreId: centre.id,
      requestId: request.id,
      tokenHash: crypto.randomUUID(),
      score: 4,
      wentWell: "Goed gesprek",
      quote: "Mooi",
      quotePublic: true,
      submittedAt: yearsAgo(now, 6),
    });
    const [question] = await db
      .insert(adviceQuestions)
      .values({
        centreId: centre.id,
        organisation: "Wijkteam",
        askerName: "Sanne",
        askerEmail: "sanne@wijkteam.example",
        category: "pay",
        question: "Mogen wij een vergoeding geven?",
        status: "closed",
        source: "public_form",
        closedAt: yearsAgo(now, 3),
      })
      .returning({ id: adviceQuestions.id });

    const done = await inOwn((tx) => applyRetentionInCentre(tx, centre.id, now));
    expect(done).toMatchObject({ privateNotes: 1, evaluationText: 1, adviceAskers: 1 });
    const notes = await db.select({ id: experts.id, notes: experts.privateNotes }).from(experts);
    expect(notes.find((e) => e.id === old.id)?.notes).toBe("");
    expect(notes.find((e) => e.id === recent.id)?.notes).toBe("Nieuw");
    const [evaluation] = await db.select().from(evaluations).where(eq(evaluations.requestId, request.id));
    expect(evaluation).toMatchObject({ score: 4, wentWell: null, quote: null, quotePublic: false });
    const [asked] = await db.select().from(adviceQuestions).where(eq(adviceQuestions.id, question.id));
    expect(asked.askerName).toBe("Gewist");
    expect(asked.askerEmail).not.toContain("sanne");
    expect(asked.question).toBe("Mogen wij een vergoeding geven?");

    // the log says how many; a second run finds nothing more
    expect((await inOwn((tx) => lastRetentionRun(tx)))?.counts).toMatchObject({ privateNotes: 1 });
    const again = await inOwn((tx) => applyRetentionInCentre(tx, centre.id, now));
    expect(Object.values(again).every((n) => n === 0)).toBe(true);
  });

  it("follows the centre's own periods, which only privacy staff may set", async () => {
    const db = database.db;
    const now = new Date("2026-12-02T03:00:00Z");
    const centre = await insertCentre(db);
    const inOwn = <T>(fn: (tx: Tx) => Promise<T>) => inCentre(db, centre.id, fn);
    const coordinator = await insertActor(db, centre.id, "coordinator");
    const expert = await insertActor(db, centre.id, "expert");
    expect(await inOwn((tx) => retentionOf(tx))).toEqual(retentionKinds);
    const periods = { ...retentionKinds, privateNotes: 6 };
    await expect(inOwn((tx) => setRetention(tx, expert, periods))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await inOwn((tx) => setRetention(tx, coordinator, periods));
    expect((await inOwn((tx) => retentionOf(tx))).privateNotes).toBe(6);
    // another centre keeps the defaults
    const other = await insertCentre(db);
    expect((await inCentre(db, other.id, (tx) => retentionOf(tx))).privateNotes).toBe(24);
    const eightMonths = await insertExpert(db, centre.id, {
      privateNotes: "Acht maanden",
      lastInzetAt: new Date(now.getTime() - 240 * 86_400_000),
    });
    await inOwn((tx) => applyRetentionInCentre(tx, centre.id, now));
    const [row] = await db
      .select({ notes: experts.privateNotes })
      .from(experts)
      .where(eq(experts.id, eightMonths.id));
    expect(row.notes).toBe("");
  });

  it("plans one sweep a day, also when two processes start, and the sweep plans the next", async () => {
    const db = database.db;
    const now = new Date("2026-12-02T10:00:00Z");
    await Promise.all([planRetention(db, now), planRetention(db, now)]);
    const planned = await db.select().from(jobs).where(eq(jobs.kind, retentionKind));
    expect(planned.map((j) => j.dedupeKey)).toEqual([`${retentionKind}:2026-12-03`]);
    expect(planned[0].runAt.toISOString()).toBe("2026-12-03T02:00:00.000Z");
    const ran = await Promise.all([
      runDueJobs(db, new Date("2026-12-03T02:00:01Z")),
      runDueJobs(db, new Date("2026-12-03T02:00:01Z")),
    ]);
    expect(ran.reduce((a, b) => a + b, 0)).toBe(1);
    const after = await db.select().from(jobs).where(eq(jobs.kind, retentionKind));
    expect(after.filter((j) => j.doneAt === null).length).toBe(1);
  });
});
