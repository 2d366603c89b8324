import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Database, inCentre } from "~/db/client.server";
import { assignments, conflicts, jobs, requests } from "~/db/schema";
import { amsterdamToDate, todayIso } from "~/lib/dates";
import type { Actor } from "~/modules/accounts/actor";
import { flushMail } from "~/modules/mail/queue.server";
import { resetMailTransport } from "~/modules/mail/send.server";
import { always, givePool, insertSlot } from "~/modules/matching/test-data.server";
import { createTestDatabase } from "~/test/database";
import {
  insertActor,
  insertCentre,
  insertClient,
  insertContact,
  insertExpertWithLogin,
  insertRequest,
} from "~/test/factories";
import { agendaIcs, agendaItem, listAgenda } from "./agenda.server";
import { cancelOffer, confirmAssignment } from "./confirm-assignment.server";
import { offerAssignments } from "./offer-assignments.server";
import { confirmComing, saidComing, sendReminder } from "./reminders.server";
import { acceptOffer, declineOffer } from "./respond-to-offer.server";
import { withdrawAssignment } from "./withdraw-assignment.server";

let database: Database;
const outbox = mkdtempSync(join(tmpdir(), "tandem-assignments-"));
const nextWeek = amsterdamToDate(todayIso(new Date(Date.now() + 7 * 86_400_000)), "14:00");

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.OUTBOX_DIR = outbox;
  process.env.BASE_URL = "https://tandem.example";
  delete process.env.SMTP_URL;
  resetMailTransport();
});
afterAll(() => database.close());
beforeEach(() => {
  for (const file of readdirSync(outbox)) rmSync(join(outbox, file));
});

/** Mail sent since the last test, by address. */
async function mailTo(address: string): Promise<string[]> {
  await flushMail(database.db);
  return readdirSync(outbox)
    .map((file) => readFileSync(join(outbox, file), "utf8").replace(/=\n/g, "").replace(/=3D/g, "="))
    .filter((text) => text.includes(`To: ${address}`));
}

async function setting(expertsNeeded = 1) {
  const db = database.db;
  const centre = await insertCentre(db);
  const coordinator = await insertActor(db, centre.id, "coordinator");
  const client = await insertClient(db, centre.id);
  const contact = await insertContact(db, centre.id, client.id);
  const request = await insertRequest(db, centre.id, {
    clientId: client.id,
    contactId: contact.id,
    status: "in_progress",
    expertsNeeded,
    place: "Wijkcentrum De Kern",
  });
  await insertSlot(db, centre.id, request.id, nextWeek);
  const one = await insertExpertWithLogin(db, centre.id, { firstName: "Fatima" });
  const two = await insertExpertWithLogin(db, centre.id, { firstName: "Jan" });
  for (const e of [one, two]) await givePool(db, centre.id, e.expert.id, { availability: always });
  const run = <T>(actor: Actor, fn: (tx: Parameters<Parameters<typeof inCentre>[2]>[0]) => Promise<T>) =>
    inCentre(db, actor.centreId, fn);
  const statusOf = async () =>
    (await db.select({ s: requests.status }).from(requests).where(eq(requests.id, request.id)))[0].s;
  return { centre, coordinator, contact, request, one, two, run, statusOf };
}

describe("offers and answers", () => {
  it("offers to two; when one says yes the other offer is filled; confirming mails the client a calendar file", async () => {
    const s = await setting(1);
    const [first, second] = await s.run(s.coordinator, (tx) =>
      offerAssignments(tx, s.coordinator, {
        requestId: s.request.id,
        expertIds: [s.one.expert.id, s.two.expert.id],
      }),
    );
    expect(await s.statusOf()).toBe("proposed");
    const offer = await mailTo(s.one.expert.email!);
    expect(offer).toHaveLength(1);
    expect(offer[0]).toContain(
      `https://tandem.example/login/code?${new URLSearchParams({ email: s.one.expert.email!, next: `/agenda/${first}` })}`,
    );

    await s.run(s.one.actor, (tx) => acceptOffer(tx, s.one.actor, { assignmentId: first }));
    const filled = await mailTo(s.two.expert.email!);
    expect(filled.some((m) => m.includes("Subject: Vervuld"))).toBe(true);
    const seenByTwo = await s.run(s.two.actor, (tx) => agendaItem(tx, s.two.actor, second));
    expect(seenByTwo.status).toBe("filled");
    await expect(
      s.run(s.two.actor, (tx) => acceptOffer(tx, s.two.actor, { assignmentId: second })),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });

    await s.run(s.coordinator, (tx) => confirmAssignment(tx, s.coordinator, { assignmentId: first }));
    expect(await s.statusOf()).toBe("confirmed");
    const [confirmation] = await mailTo(s.contact.email);
    expect(confirmation).toContain("Fatima");
    expect(confirmation).toContain("Content-Type: text/calendar");
    const [reminder] = await database.db
      .select({ runAt: jobs.runAt })
      .from(jobs)
      .where(eq(jobs.kind, "assignment.reminder"));
    expect(reminder.runAt.getTime()).toBeLessThan(nextWeek.getTime());

    const ics = await s.run(s.one.actor, (tx) => agendaIcs(tx, s.one.actor, first));
    expect(ics.text).toContain("BEGIN:VEVENT");
    const agenda = await s.run(s.one.actor, (tx) => listAgenda(tx, s.one.actor));
    expect(agenda.upcoming.map((i) => i.id)).toEqual([first]);

    // the day before: a reminder, and "Ik kom"
    await sendReminder(database.db, {
      centreId: s.centre.id,
      assignmentId: first,
      startsAt: nextWeek.toISOString(),
    });
    expect((await mailTo(s.one.expert.email!)).some((m) => m.includes("Subject: Morgen"))).toBe(true);
    await s.run(s.one.actor, (tx) => confirmComing(tx, s.one.actor, { assignmentId: first }));
    expect(await s.run(s.one.actor, (tx) => saidComing(tx, first))).toBe(true);
  });

  it("a withdrawal reopens the request and mails the coordinator", async () => {
    const s = await setting(1);
    const [first] = await s.run(s.coordinator, (tx) =>
      offerAssignments(tx, s.coordinator, { requestId: s.request.id, expertIds: [s.one.expert.id] }),
    );
    await s.run(s.one.actor, (tx) => acceptOffer(tx, s.one.actor, { assignmentId: first }));
    await s.run(s.coordinator, (tx) => confirmAssignment(tx, s.coordinator, { assignmentId: first }));
    expect(await s.statusOf()).toBe("confirmed");
    await mailTo("nobody");
    for (const file of readdirSync(outbox)) rmSync(join(outbox, file));

    await s.run(s.one.actor, (tx) =>
      withdrawAssignment(tx, s.one.actor, { assignmentId: first, reason: "ill", note: "griep" }),
    );
    expect(await s.statusOf()).toBe("in_progress");
    const coordinatorEmail = (
      await database.db.query.user.findFirst({ where: (u, { eq: is }) => is(u.id, s.coordinator.userId) })
    )?.email;
    const [mail] = await mailTo(coordinatorEmail!);
    expect(mail).toContain("Ziek");
    expect(mail).toContain(`/requests/${s.request.id}/match`);
  });

  it("a no with a reason, and a cancelled offer, send the request back when nothing is left", async () => {
    const s = await setting(1);
    const [first, second] = await s.run(s.coordinator, (tx) =>
      offerAssignments(tx, s.coordinator, {
        requestId: s.request.id,
        expertIds: [s.one.expert.id, s.two.expert.id],
      }),
    );
    await s.run(s.one.actor, (tx) =>
      declineOffer(tx, s.one.actor, { assignmentId: first, reason: "too_far" }),
    );
    expect(await s.statusOf()).toBe("proposed");
    await s.run(s.coordinator, (tx) => cancelOffer(tx, s.coordinator, { assignmentId: second }));
    expect(await s.statusOf()).toBe("in_progress");
    const [row] = await database.db.select().from(assignments).where(eq(assignments.id, first));
    expect(row.responseReason).toBe("too_far");
  });
});

describe("offering checks the hard rules again", () => {
  it("refuses an expert who has a conflict with the client by now, and sends nothing", async () => {
    const s = await setting(1);
    await database.db.insert(conflicts).values({
      centreId: s.centre.id,
      expertId: s.two.expert.id,
      clientId: s.request.clientId!,
      reason: "buren",
    });
    await expect(
      s.run(s.coordinator, (tx) =>
        offerAssignments(tx, s.coordinator, {
          requestId: s.request.id,
          expertIds: [s.one.expert.id, s.two.expert.id],
        }),
      ),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "matching:errors.notEligible" });
    expect(await s.statusOf()).toBe("in_progress");
    expect(await mailTo(s.one.expert.email!)).toHaveLength(0);
  });
});

describe("who may see and answer an offer", () => {
  it("another expert of the same centre cannot read or answer it; another centre sees nothing", async () => {
    const s = await setting(1);
    const [first] = await s.run(s.coordinator, (tx) =>
      offerAssignments(tx, s.coordinator, { requestId: s.request.id, expertIds: [s.one.expert.id] }),
    );
    await expect(s.run(s.two.actor, (tx) => agendaItem(tx, s.two.actor, first))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      s.run(s.two.actor, (tx) => acceptOffer(tx, s.two.actor, { assignmentId: first })),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const elsewhere = await insertCentre(database.db);
    const stranger = await insertExpertWithLogin(database.db, elsewhere.id);
    await expect(s.run(stranger.actor, (tx) => agendaItem(tx, stranger.actor, first))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const otherCoordinator = await insertActor(database.db, elsewhere.id, "coordinator");
    await expect(
      s.run(otherCoordinator, (tx) => confirmAssignment(tx, otherCoordinator, { assignmentId: first })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a client contact or an expert cannot offer or confirm", async () => {
    const s = await setting(1);
    const contact = await insertActor(database.db, s.centre.id, "client_contact");
    await expect(
      s.run(contact, (tx) =>
        offerAssignments(tx, contact, { requestId: s.request.id, expertIds: [s.one.expert.id] }),
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      s.run(s.one.actor, (tx) =>
        offerAssignments(tx, s.one.actor, { requestId: s.request.id, expertIds: [s.one.expert.id] }),
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(s.run(contact, (tx) => listAgenda(tx, contact))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
