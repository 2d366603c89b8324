import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre, type Tx } from "~/db/client.server";
import { grants, jobs } from "~/db/schema";
import type { Actor } from "~/modules/accounts/actor";
import { createCentre } from "~/modules/centres/create-centre.server";
import { runDueJobs } from "~/modules/jobs/runner.server";
import { createTestDatabase } from "~/test/database";
import { insertActor } from "~/test/factories";
import { participantInput, pilotInput } from "./input";
import { addParticipant } from "./participants.server";
import { answerQuestionnaire, publicQuestionnaire } from "./public.server";
import { afterDueKind } from "./reminders.server";
import { createPilot, updatePilot } from "./save-pilot.server";
import { sendQuestionnaires } from "./send.server";

let database: Database;
let coordinator: Actor;
let centreId: string;
let grantId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  centreId = (
    await createCentre(database.db, {
      centreName: "Centrum Nameting",
      slug: `nameting-${crypto.randomUUID().slice(0, 6)}`,
    })
  ).id;
  coordinator = await insertActor(database.db, centreId, "coordinator", "Carla Coördinator");
  const [grant] = await database.db
    .insert(grants)
    .values({ centreId, name: "Subsidie", funderName: "Fonds", startsOn: "2026-01-01", endsOn: "2026-12-31" })
    .returning({ id: grants.id });
  grantId = grant.id;
});
afterAll(() => database.close());

const inOwn = <T>(fn: (tx: Tx) => Promise<T>) => inCentre(database.db, centreId, fn);
const mails = async (pilot: string) =>
  (await database.db.select({ payload: jobs.payload }).from(jobs).where(eq(jobs.kind, "mail.send")))
    .map((j) => j.payload as { to: string; subject: string; text: string })
    .filter((m) => m.subject.includes(pilot) && m.subject.startsWith("Nameting"));
const planned = async () => (await database.db.select().from(jobs).where(eq(jobs.kind, afterDueKind))).length;

describe("the pilot evaluation due reminder", () => {
  it("mails the coordinators once on the after-date at 08:00 which after-questionnaires are open, also with two runners", async () => {
    const name = `Pilot ${crypto.randomUUID().slice(0, 6)}`;
    const before = await planned();
    const input = pilotInput.parse({ grantId, sector: "onderwijs", name, afterDueOn: "2026-12-15" });
    const { id } = await inOwn((tx) => createPilot(tx, coordinator, input));
    // saved again with the same date: planned once
    await inOwn((tx) => updatePilot(tx, coordinator, { ...input, pilotId: id }));
    expect(await planned()).toBe(before + 1);
    for (const n of [1, 2])
      await inOwn((tx) =>
        addParticipant(tx, coordinator, {
          pilotId: id,
          ...participantInput.parse({
            participantName: `Docent ${n}`,
            participantEmail: `docent${n}.${name.slice(6)}@example.org`,
            organisation: "ROC",
          }),
        }),
      );
    await inOwn((tx) => sendQuestionnaires(tx, coordinator, { pilotId: id, moment: "after" }));
    // Docent 1 answers in time
    const [mail] = (
      await database.db.select({ payload: jobs.payload }).from(jobs).where(eq(jobs.kind, "mail.send"))
    )
      .map((j) => j.payload as { to: string; text: string })
      .filter((m) => m.to.startsWith("docent1.") && m.to.includes(name.slice(6)));
    const token = /\/vragenlijst\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1] as string;
    const q = await publicQuestionnaire(database.db, token);
    await answerQuestionnaire(database.db, token, new Map(q.statements.map((s) => [s.id, 4])));

    await runDueJobs(database.db, new Date("2026-12-15T06:55:00Z")); // 07:55 in Amsterdam: not yet
    expect(await mails(name)).toEqual([]);
    const at = new Date("2026-12-15T07:01:00Z");
    await Promise.all([runDueJobs(database.db, at), runDueJobs(database.db, at)]);
    // a restart: a later runner finds nothing left to send
    await runDueJobs(database.db, new Date("2026-12-16T09:00:00Z"));
    const sent = await mails(name);
    expect(sent).toHaveLength(1);
    expect(sent[0].subject).toBe(`Nameting pilot ${name}: nog 1 open`);
    expect(sent[0].text).toContain("Docent 2 (ROC)");
    expect(sent[0].text).not.toContain("Docent 1");
    expect(sent[0].text).toContain(`/pilots/${id}`);
  });

  it("sends nothing when the date moved or nothing is open", async () => {
    const name = `Pilot ${crypto.randomUUID().slice(0, 6)}`;
    const input = pilotInput.parse({ grantId, sector: "bedrijven", name, afterDueOn: "2026-11-10" });
    const { id } = await inOwn((tx) => createPilot(tx, coordinator, input));
    await inOwn((tx) =>
      addParticipant(tx, coordinator, {
        pilotId: id,
        ...participantInput.parse({
          participantName: "Medewerker",
          participantEmail: `m.${name.slice(6)}@example.org`,
        }),
      }),
    );
    await inOwn((tx) => updatePilot(tx, coordinator, { ...input, afterDueOn: "2026-11-20", pilotId: id }));
    await runDueJobs(database.db, new Date("2026-11-10T08:00:00Z"));
    expect(await mails(name)).toEqual([]);
    await runDueJobs(database.db, new Date("2026-11-20T08:00:00Z"));
    expect(await mails(name)).toHaveLength(1);
  });
});
