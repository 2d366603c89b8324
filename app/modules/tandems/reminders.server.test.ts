import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre } from "~/db/client.server";
import { jobs } from "~/db/schema";
import { amsterdamToDate } from "~/lib/dates";
import { runDueJobs } from "~/modules/jobs/runner.server";
import { createTestDatabase } from "~/test/database";
import {
  insertActor,
  insertCentre,
  insertClient,
  insertContact,
  insertExpertWithLogin,
} from "~/test/factories";
import { evaluateTandem } from "./evaluate.server";
import { tandemInput } from "./input";
import { evaluationDueKind } from "./reminders.server";
import { createTandem, updateTandem } from "./save-tandem.server";

let database: Database;
afterAll(() => database.close());
beforeAll(async () => {
  database = await createTestDatabase();
});

const mails = async (client: string) =>
  (await database.db.select({ payload: jobs.payload }).from(jobs).where(eq(jobs.kind, "mail.send")))
    .map((j) => j.payload as { to: string; subject: string })
    .filter((m) => m.subject.includes(client));

describe("the tandem evaluation reminder", () => {
  it("mails each side that has not evaluated once, the day after the end at 08:00, also with two runners", async () => {
    const db = database.db;
    const centreId = (await insertCentre(db)).id;
    const coordinator = await insertActor(db, centreId, "coordinator");
    const { actor: expert, expert: record } = await insertExpertWithLogin(db, centreId);
    const name = `Woonzorg ${crypto.randomUUID().slice(0, 6)}`;
    const clientId = (await insertClient(db, centreId, { name })).id;
    const professional = await insertActor(db, centreId, "client_contact");
    const contactId = (await insertContact(db, centreId, clientId, { userId: professional.userId })).id;
    const input = tandemInput.parse({
      clientId,
      expertId: record.id,
      contactId,
      purpose: "Samen spreekuur houden",
      startsOn: "2026-09-01",
      endsOn: "2026-11-30",
    });
    const { id } = await inCentre(db, centreId, (tx) => createTandem(tx, coordinator, input));
    // saved again with the same end date: planned once
    await inCentre(db, centreId, (tx) => updateTandem(tx, coordinator, { ...input, tandemId: id }));
    expect(await db.select().from(jobs).where(eq(jobs.kind, evaluationDueKind))).toHaveLength(1);
    // the professional evaluates in time: only the expert is reminded
    await inCentre(db, centreId, (tx) =>
      evaluateTandem(tx, professional, { tandemId: id, score: 4, comment: "" }),
    ).catch(() => undefined);
    void expert;
    await runDueJobs(db, amsterdamToDate("2026-12-01", "07:55"));
    expect(await mails(name)).toEqual([]);
    const at = amsterdamToDate("2026-12-01", "08:01");
    await Promise.all([runDueJobs(db, at), runDueJobs(db, at)]);
    // a restart: a new runner later finds nothing left to send
    await runDueJobs(db, amsterdamToDate("2026-12-02", "09:00"));
    const sent = await mails(name);
    expect(sent.length).toBeGreaterThanOrEqual(1);
    expect(new Set(sent.map((m) => m.to)).size).toBe(sent.length);
    expect(sent[0].subject).toContain(name);
  });
});
