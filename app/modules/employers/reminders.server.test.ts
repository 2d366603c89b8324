import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre, type Tx } from "~/db/client.server";
import { jobs } from "~/db/schema";
import type { Actor } from "~/modules/accounts/actor";
import { createCentre } from "~/modules/centres/create-centre.server";
import { runDueJobs } from "~/modules/jobs/runner.server";
import { createTestDatabase } from "~/test/database";
import { insertActor } from "~/test/factories";
import { activeChecklistItems, saveChecklist } from "./checklist.server";
import { newEmployerInput } from "./input";
import { checklistLateKind, nextStepLateKind } from "./reminders.server";
import { createEmployer, moveEmployer } from "./save-employer.server";

let database: Database;
let coordinator: Actor;
let centreId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  centreId = (
    await createCentre(database.db, {
      centreName: "Centrum Herinnering",
      slug: `herinnering-${crypto.randomUUID().slice(0, 6)}`,
    })
  ).id;
  coordinator = await insertActor(database.db, centreId, "coordinator", "Carla Coördinator");
});
afterAll(() => database.close());

const inOwn = <T>(fn: (tx: Tx) => Promise<T>) => inCentre(database.db, centreId, fn);
const lateMails = async (employer: string) =>
  (await database.db.select({ payload: jobs.payload }).from(jobs).where(eq(jobs.kind, "mail.send")))
    .map((j) => j.payload as { to: string; subject: string; fromName: string })
    .filter((m) => m.subject.includes(employer));
const planned = async (kind: string) =>
  (await database.db.select().from(jobs).where(eq(jobs.kind, kind))).length;

describe("reminders for late employer steps", () => {
  it("mails once the day after a next step's date, also when the date is saved twice", async () => {
    const name = `Woonstichting ${crypto.randomUUID().slice(0, 6)}`;
    const before = await planned(nextStepLateKind);
    const { id } = await inOwn((tx) =>
      createEmployer(
        tx,
        coordinator,
        newEmployerInput.parse({ name, sector: "housing", nextAction: "Bellen", nextActionOn: "2026-11-20" }),
      ),
    );
    await inOwn((tx) =>
      moveEmployer(tx, coordinator, {
        employerId: id,
        stage: "considering",
        note: "",
        nextAction: "Bellen",
        nextActionOn: "2026-11-20",
      }),
    );
    expect(await planned(nextStepLateKind)).toBe(before + 1);
    await runDueJobs(database.db, new Date("2026-11-21T06:00:00Z")); // 07:00 in Amsterdam: not yet
    expect(await lateMails(name)).toEqual([]);
    await runDueJobs(database.db, new Date("2026-11-21T07:05:00Z")); // 08:05 in Amsterdam
    await runDueJobs(database.db, new Date("2026-11-22T07:05:00Z"));
    const mails = await lateMails(name);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      subject: `Te laat bij ${name}: Bellen`,
      fromName: "Centrum Herinnering",
    });
  });

  it("mails the person who set an open checklist step, and nobody when the step was done in time", async () => {
    const name = `Bedrijf ${crypto.randomUUID().slice(0, 6)}`;
    const { id } = await inOwn((tx) =>
      createEmployer(
        tx,
        coordinator,
        newEmployerInput.parse({ name, sector: "company", stage: "implementing" }),
      ),
    );
    const [first, second] = await inOwn((tx) => activeChecklistItems(tx));
    await inOwn((tx) =>
      saveChecklist(
        tx,
        coordinator,
        id,
        new Map([
          [first.id, { state: "open" as const, dueOn: "2026-11-25", note: "" }],
          [second.id, { state: "open" as const, dueOn: "2026-11-25", note: "" }],
        ]),
      ),
    );
    // the second is done before its date
    await inOwn((tx) =>
      saveChecklist(
        tx,
        coordinator,
        id,
        new Map([[second.id, { state: "done" as const, dueOn: "2026-11-25", note: "" }]]),
      ),
    );
    expect(await planned(checklistLateKind)).toBeGreaterThanOrEqual(2);
    await runDueJobs(database.db, new Date("2026-11-26T08:00:00Z"));
    const mails = await lateMails(name);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe(`Te laat bij ${name}: Functieprofiel`);
  });
});
