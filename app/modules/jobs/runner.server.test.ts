import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "~/db/client.server";
import { jobs } from "~/db/schema";
import { createTestDatabase } from "~/test/database";
import { registerJob, runDueJobs, scheduleJob } from "./runner.server";

let database: Database;
const seen: string[] = [];
let failures = 0;

beforeAll(async () => {
  database = await createTestDatabase();
  registerJob("test.note", async (_db, payload) => {
    seen.push(String(payload.word));
  });
  registerJob("test.flaky", async () => {
    failures += 1;
    throw new Error("mail server away");
  });
});
afterAll(() => database.close());

describe("scheduled jobs in the database", () => {
  it("runs a due job once, leaves a future one, and plans a deduplicated job only once", async () => {
    const now = new Date("2026-11-22T10:00:00Z");
    await scheduleJob(database.db, {
      kind: "test.note",
      payload: { word: "nu" },
      runAt: now,
      dedupeKey: "a",
    });
    await scheduleJob(database.db, {
      kind: "test.note",
      payload: { word: "nogmaals" },
      runAt: now,
      dedupeKey: "a",
    });
    await scheduleJob(database.db, {
      kind: "test.note",
      payload: { word: "morgen" },
      runAt: new Date("2026-11-23T10:00:00Z"),
    });
    expect(await runDueJobs(database.db, now)).toBe(1);
    expect(await runDueJobs(database.db, now)).toBe(0);
    expect(seen).toEqual(["nu"]);
    expect(await runDueJobs(database.db, new Date("2026-11-23T10:00:01Z"))).toBe(1);
    expect(seen).toEqual(["nu", "morgen"]);
  });

  it("tries a failing job again later, with the error kept and no personal data", async () => {
    const now = new Date("2026-12-01T10:00:00Z");
    await scheduleJob(database.db, { kind: "test.flaky", runAt: now, dedupeKey: "flaky" });
    expect(await runDueJobs(database.db, now)).toBe(1);
    const [job] = await database.db.select().from(jobs).where(eq(jobs.dedupeKey, "flaky"));
    expect(job.doneAt).toBeNull();
    expect(job.attempts).toBe(1);
    expect(job.lastError).toBe("mail server away");
    expect(job.runAt.getTime()).toBeGreaterThan(now.getTime());
    expect(await runDueJobs(database.db, now)).toBe(0);
    expect(await runDueJobs(database.db, new Date(job.runAt.getTime() + 1000))).toBe(1);
    expect(failures).toBe(2);
  });
});
