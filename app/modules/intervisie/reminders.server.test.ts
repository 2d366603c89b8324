import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre, type Tx } from "~/db/client.server";
import { jobs, user } from "~/db/schema";
import { amsterdamToDate } from "~/lib/dates";
import type { Actor } from "~/modules/accounts/actor";
import { runDueJobs } from "~/modules/jobs/runner.server";
import { createTestDatabase } from "~/test/database";
import { insertActor, insertCentre, insertExpertWithLogin } from "~/test/factories";
import { addMember, createGroup } from "./groups.server";
import { groupInput, sessionInput } from "./input";
import { sessionTomorrowKind } from "./reminders.server";
import { cancelSession, planSession, updateSession } from "./sessions.server";
import { signOff, signUp } from "./signups.server";

let database: Database;
let coordinator: Actor;
let centreId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  centreId = (await insertCentre(database.db)).id;
  coordinator = await insertActor(database.db, centreId, "coordinator");
});
afterAll(() => database.close());

const inOwn = <T>(fn: (tx: Tx) => Promise<T>) => inCentre(database.db, centreId, fn);
const mails = async (group: string) =>
  (await database.db.select({ payload: jobs.payload }).from(jobs).where(eq(jobs.kind, "mail.send")))
    .map((j) => j.payload as { to: string; subject: string; text?: string })
    .filter((m) => m.subject.includes(group));
const planned = async (sessionId: string) =>
  (
    await database.db.select({ payload: jobs.payload }).from(jobs).where(eq(jobs.kind, sessionTomorrowKind))
  ).filter((j) => (j.payload as { sessionId: string }).sessionId === sessionId);
const session = (day: string) =>
  sessionInput.parse({ day, from: "14:00", until: "16:00", place: "Buurthuis", method: "balintmethode" });

async function groupWithTwo() {
  const name = `Intervisie ${crypto.randomUUID().slice(0, 6)}`;
  const { id: groupId } = await inOwn((tx) =>
    createGroup(tx, coordinator, groupInput.parse({ name, kind: "region", area: "Oost" })),
  );
  const one = await insertExpertWithLogin(database.db, centreId, { firstName: "Fleur" });
  const two = await insertExpertWithLogin(database.db, centreId, { firstName: "Gijs" });
  for (const e of [one, two])
    await inOwn((tx) => addMember(tx, coordinator, { groupId, expertId: e.expert.id }));
  return { name, groupId, one, two };
}

describe("the intervisie reminder the day before", () => {
  it("mails the signed-up experts once, also with two runners and after a restart; not the one who signed off", async () => {
    const { name, groupId, one, two } = await groupWithTwo();
    // planned for 10 March, then moved to 12 March: one new reminder, the old one sends nothing
    const { id } = await inOwn((tx) => planSession(tx, coordinator, { groupId, ...session("2030-03-10") }));
    await inOwn((tx) => updateSession(tx, coordinator, { sessionId: id, ...session("2030-03-10") }));
    expect(await planned(id)).toHaveLength(1);
    await inOwn((tx) => updateSession(tx, coordinator, { sessionId: id, ...session("2030-03-12") }));
    expect(await planned(id)).toHaveLength(2);
    const early = new Date("2030-03-01T10:00:00Z");
    await inOwn((tx) => signUp(tx, one.actor, id, early));
    await inOwn((tx) => signUp(tx, two.actor, id, early));
    await inOwn((tx) => signOff(tx, two.actor, id, early));

    // the old day's job: nothing
    await runDueJobs(database.db, amsterdamToDate("2030-03-09", "09:05"));
    expect(await mails(name)).toEqual([]);
    await runDueJobs(database.db, amsterdamToDate("2030-03-11", "08:55"));
    expect(await mails(name)).toEqual([]);
    // two app processes at once
    const at = amsterdamToDate("2030-03-11", "09:01");
    await Promise.all([runDueJobs(database.db, at), runDueJobs(database.db, at)]);
    // a restart: a new runner later finds nothing left to send
    await runDueJobs(database.db, amsterdamToDate("2030-03-11", "12:00"));
    const sent = await mails(name);
    expect(sent).toHaveLength(1);
    const [login] = await database.db
      .select({ email: user.email })
      .from(user)
      .where(eq(user.id, one.actor.userId));
    expect(sent[0].to).toBe(login.email);
    expect(sent[0].subject).toBe(`Morgen intervisie: ${name}`);
  });

  it("sends nothing for a cancelled session", async () => {
    const { name, groupId, one } = await groupWithTwo();
    const { id } = await inOwn((tx) => planSession(tx, coordinator, { groupId, ...session("2030-04-10") }));
    await inOwn((tx) => signUp(tx, one.actor, id, new Date("2030-04-01T10:00:00Z")));
    await inOwn((tx) => cancelSession(tx, coordinator, id));
    await runDueJobs(database.db, amsterdamToDate("2030-04-09", "10:00"));
    expect(await mails(name)).toEqual([]);
  });
});
