import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Database, inCentre, type Tx } from "~/db/client.server";
import { assignments, requestSlots, user } from "~/db/schema";
import { amsterdamToDate, formatTime, todayIso } from "~/lib/dates";
import type { Actor } from "~/modules/accounts/actor";
import { setPreferredLocale } from "~/modules/accounts/preferences.server";
import { flushMail } from "~/modules/mail/queue.server";
import { resetMailTransport } from "~/modules/mail/send.server";
import { always, givePool, insertSlot } from "~/modules/matching/test-data.server";
import { cancelRequest } from "~/modules/requests/handle-request.server";
import { updateRequest } from "~/modules/requests/save-request.server";
import { createTestDatabase } from "~/test/database";
import {
  insertActor,
  insertCentre,
  insertClient,
  insertContact,
  insertExpertWithLogin,
  insertRequest,
} from "~/test/factories";
import { emptyOutbox, readOutbox } from "~/test/outbox";
import { confirmAssignment } from "./confirm-assignment.server";
import { offerAssignments } from "./offer-assignments.server";
import { sendReminder } from "./reminders.server";
import { acceptOffer } from "./respond-to-offer.server";
import { withdrawAssignment } from "./withdraw-assignment.server";

let database: Database;
const outbox = mkdtempSync(join(tmpdir(), "tandem-cancel-"));
const day = (n: number) => todayIso(new Date(Date.now() + n * 86_400_000));
const nextWeek = amsterdamToDate(day(7), "14:00");
const tomorrow = amsterdamToDate(day(1), "14:00");

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.OUTBOX_DIR = outbox;
  process.env.BASE_URL = "https://tandem.example";
  process.env.MAIL_FROM = "Tandem <noreply@tandem.example>";
  delete process.env.SMTP_URL;
  resetMailTransport();
});
afterAll(() => database.close());
beforeEach(() => emptyOutbox(outbox));

async function sent() {
  await flushMail(database.db);
  const mails = readOutbox(outbox);
  emptyOutbox(outbox);
  return mails;
}
const to = (mails: Awaited<ReturnType<typeof sent>>, address: string) =>
  mails.filter((m) => m.to.includes(address));
const field = (ics: string, name: string) => ics.match(new RegExp(`^${name}:(.*)$`, "m"))?.[1]?.trim();

/** A request with a confirmed expert (and a second expert who was asked), its client contact mailed. */
async function confirmedRequest(options: { slots?: Date[]; title?: string; place?: string } = {}) {
  const db = database.db;
  const centre = await insertCentre(db, { email: "info@centrum.example", phone: "0522 123 456" });
  const coordinator = await insertActor(db, centre.id, "coordinator");
  const client = await insertClient(db, centre.id);
  const contact = await insertContact(db, centre.id, client.id);
  const request = await insertRequest(db, centre.id, {
    clientId: client.id,
    contactId: contact.id,
    status: "in_progress",
    expertsNeeded: 1,
    title: options.title ?? "Workshop armoede",
    place: options.place ?? "Wijkcentrum De Kern",
  });
  for (const at of options.slots ?? [nextWeek]) await insertSlot(db, centre.id, request.id, at);
  const one = await insertExpertWithLogin(db, centre.id, { firstName: "Fatima" });
  const two = await insertExpertWithLogin(db, centre.id, { firstName: "Jan" });
  for (const e of [one, two]) await givePool(db, centre.id, e.expert.id, { availability: always });
  const run = <T>(actor: Actor, fn: (tx: Tx) => Promise<T>) => inCentre(db, actor.centreId, fn);
  const [first, second] = await run(coordinator, (tx) =>
    offerAssignments(tx, coordinator, { requestId: request.id, expertIds: [one.expert.id, two.expert.id] }),
  );
  await run(one.actor, (tx) => acceptOffer(tx, one.actor, { assignmentId: first }));
  await run(coordinator, (tx) => confirmAssignment(tx, coordinator, { assignmentId: first }));
  const mails = await sent();
  const [confirmation] = to(mails, contact.email);
  const coordinatorEmail = (
    await db.select({ email: user.email }).from(user).where(eq(user.id, coordinator.userId))
  )[0].email;
  return {
    centre,
    coordinator,
    coordinatorEmail,
    contact,
    request,
    one,
    two,
    first,
    second,
    run,
    confirmation,
    mails,
  };
}

async function statusOf(id: string) {
  return (
    await database.db.select({ s: assignments.status }).from(assignments).where(eq(assignments.id, id))
  )[0].s;
}

async function slotsOf(requestId: string) {
  return database.db
    .select({ id: requestSlots.id, startsAt: requestSlots.startsAt, endsAt: requestSlots.endsAt })
    .from(requestSlots)
    .where(eq(requestSlots.requestId, requestId))
    .orderBy(asc(requestSlots.startsAt));
}

/** The edit form's values for a request, with these date rows. */
function formValues(s: Awaited<ReturnType<typeof confirmedRequest>>, slots: { id?: string; at: Date }[]) {
  return {
    requestId: s.request.id,
    clientId: s.request.clientId,
    contactId: s.contact.id,
    title: s.request.title,
    description: "",
    themeIds: [],
    online: false,
    place: s.request.place,
    expertsNeeded: 1,
    budgetNote: "",
    slots: slots.map((slot) => ({
      id: slot.id,
      date: todayIso(slot.at),
      start: formatTime(slot.at, "nl"),
      end: formatTime(new Date(slot.at.getTime() + 2 * 3_600_000), "nl"),
    })),
  };
}

describe("cancelling a request", () => {
  it("ends its inzet, mails the experts and the client, cancels the calendar event and sends no reminder", async () => {
    const s = await confirmedRequest();
    const [invite] = s.confirmation.calendars;
    expect(field(invite, "METHOD")).toBe("REQUEST");
    const uid = field(invite, "UID");
    expect(Number(field(invite, "SEQUENCE"))).toBe(0);

    await s.run(s.coordinator, (tx) =>
      cancelRequest(tx, s.coordinator, { requestId: s.request.id, reason: "De cliënt zegt af" }),
    );
    expect(await statusOf(s.first)).toBe("cancelled");
    expect(["cancelled", "filled"]).toContain(await statusOf(s.second));

    const mails = await sent();
    const [expertMail] = to(mails, s.one.expert.email!);
    expect(expertMail.header("Subject")).toContain("Gaat niet door");
    expect(expertMail.text).toContain("Je inzet is gestopt");
    expect(expertMail.text).not.toContain("De cliënt zegt af");

    const [clientMail] = to(mails, s.contact.email);
    expect(clientMail.text).toContain("gaat niet door");
    const [cancel] = clientMail.calendars;
    expect(field(cancel, "METHOD")).toBe("CANCEL");
    expect(field(cancel, "UID")).toBe(uid);
    expect(Number(field(cancel, "SEQUENCE"))).toBeGreaterThan(0);
    expect(field(cancel, "STATUS")).toBe("CANCELLED");

    await sendReminder(database.db, { centreId: s.centre.id, assignmentId: s.first });
    expect(to(await sent(), s.one.expert.email!)).toHaveLength(0);
  });

  it("another centre's coordinator gets NOT_FOUND and an expert FORBIDDEN; nothing changes", async () => {
    const s = await confirmedRequest();
    const elsewhere = await insertCentre(database.db);
    const stranger = await insertActor(database.db, elsewhere.id, "coordinator");
    await expect(
      s.run(stranger, (tx) => cancelRequest(tx, stranger, { requestId: s.request.id, reason: "zomaar" })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      s.run(s.one.actor, (tx) =>
        cancelRequest(tx, s.one.actor, { requestId: s.request.id, reason: "zomaar" }),
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await statusOf(s.first)).toBe("confirmed");
    expect(await sent()).toHaveLength(0);
  });
});

describe("the client's calendar follows the request", () => {
  it("a confirmed expert who withdraws: the client gets an update of the same event", async () => {
    const s = await confirmedRequest();
    const uid = field(s.confirmation.calendars[0], "UID");
    await s.run(s.one.actor, (tx) =>
      withdrawAssignment(tx, s.one.actor, { assignmentId: s.first, reason: "ill" }),
    );
    const [update] = to(await sent(), s.contact.email);
    expect(update.header("Subject")).toContain("Wijziging aanvraag");
    const [ics] = update.calendars;
    expect(field(ics, "METHOD")).toBe("REQUEST");
    expect(field(ics, "UID")).toBe(uid);
    expect(Number(field(ics, "SEQUENCE"))).toBe(1);
  });

  it("a moved date keeps its UID with a higher SEQUENCE; a new date gets its own; a dropped date is cancelled", async () => {
    const later = amsterdamToDate(day(14), "10:00");
    const s = await confirmedRequest({ slots: [nextWeek, later] });
    const invites = s.confirmation.calendars;
    expect(invites).toHaveLength(2);
    const [firstUid, secondUid] = invites.map((ics) => field(ics, "UID"));
    expect(firstUid).not.toBe(secondUid);
    const [one, two] = await slotsOf(s.request.id);
    expect(firstUid).toBe(`slot-${one.id}@tandem`);

    // the first date moves an hour; the second is dropped; a third is added
    const moved = new Date(nextWeek.getTime() + 3_600_000);
    const added = amsterdamToDate(day(21), "10:00");
    await s.run(s.coordinator, (tx) =>
      updateRequest(tx, s.coordinator, formValues(s, [{ id: one.id, at: moved }, { at: added }])),
    );
    const now = await slotsOf(s.request.id);
    expect(now.map((r) => r.id)).toContain(one.id);
    expect(now.map((r) => r.id)).not.toContain(two.id);

    const mails = await sent();
    const [clientMail] = to(mails, s.contact.email);
    const byUid = new Map(clientMail.calendars.map((ics) => [field(ics, "UID"), ics]));
    expect(field(byUid.get(firstUid)!, "METHOD")).toBe("REQUEST");
    expect(Number(field(byUid.get(firstUid)!, "SEQUENCE"))).toBe(1);
    expect(field(byUid.get(secondUid)!, "METHOD")).toBe("CANCEL");
    expect(Number(field(byUid.get(secondUid)!, "SEQUENCE"))).toBe(1);
    const fresh = now.find((r) => r.id !== one.id)!;
    expect(Number(field(byUid.get(`slot-${fresh.id}@tandem`)!, "SEQUENCE"))).toBe(0);
    expect(to(mails, s.one.expert.email!)[0].header("Subject")).toContain("Gewijzigd");

    // saving again without changes sends nothing
    await s.run(s.coordinator, (tx) =>
      updateRequest(
        tx,
        s.coordinator,
        formValues(s, [
          { id: one.id, at: moved },
          { id: fresh.id, at: added },
        ]),
      ),
    );
    expect(await sent()).toHaveLength(0);
  });

  it("a request with a period and no date gets no calendar file; its invitation follows once a date is set", async () => {
    const s = await confirmedRequest({ slots: [] });
    expect(s.confirmation.calendars).toHaveLength(0);
    expect(s.confirmation.text).not.toContain("In de bijlage");
    expect(s.confirmation.text).toContain("De datum staat nog niet vast");

    await s.run(s.coordinator, (tx) => updateRequest(tx, s.coordinator, formValues(s, [{ at: nextWeek }])));
    const [invite] = to(await sent(), s.contact.email);
    const [ics] = invite.calendars;
    expect(field(ics, "METHOD")).toBe("REQUEST");
    const [slot] = await slotsOf(s.request.id);
    expect(field(ics, "UID")).toBe(`slot-${slot.id}@tandem`);
  });

  it("a form cannot move another request's date by sending its id", async () => {
    const s = await confirmedRequest();
    const other = await confirmedRequest();
    const [theirs] = await slotsOf(other.request.id);
    await expect(
      s.run(other.coordinator, (tx) =>
        updateRequest(tx, other.coordinator, formValues(other, [{ id: theirs.id, at: nextWeek }])),
      ),
    ).resolves.toBeUndefined();
    await s.run(s.coordinator, (tx) =>
      updateRequest(tx, s.coordinator, formValues(s, [{ id: theirs.id, at: tomorrow }])),
    );
    const [still] = await slotsOf(other.request.id);
    expect(still).toMatchObject({ id: theirs.id, startsAt: theirs.startsAt });
  });

  it("the reminder checks the date when it runs: a moved date does not get yesterday's reminder", async () => {
    const s = await confirmedRequest({ slots: [tomorrow] });
    const [slot] = await slotsOf(s.request.id);
    await s.run(s.coordinator, (tx) =>
      updateRequest(tx, s.coordinator, formValues(s, [{ id: slot.id, at: nextWeek }])),
    );
    await sent();
    await sendReminder(database.db, {
      centreId: s.centre.id,
      assignmentId: s.first,
      startsAt: tomorrow.toISOString(),
    });
    expect(to(await sent(), s.one.expert.email!)).toHaveLength(0);
  });
});

describe("mails come from the centre", () => {
  it("sender name, Reply-To, signature, an escaped HTML part, the recipient's language and form of address", async () => {
    const s = await confirmedRequest({ title: "Praten over <geld> & schulden", place: "Meppel" });
    const offer = to(s.mails, s.one.expert.email!).find((m) =>
      m.header("Subject")?.includes("Nieuwe vraag"),
    )!;
    expect(offer.header("From")).toBe(`"${s.centre.name}" <noreply@tandem.example>`);
    expect(offer.header("Reply-To")).toBe(s.coordinatorEmail);
    expect(offer.text).toContain(s.centre.name);
    expect(offer.text).toContain("info@centrum.example");
    expect(offer.text).toContain("0522 123 456");
    expect(offer.text).not.toContain("Groet,\nTandem");
    expect(offer.html).toContain("Praten over &lt;geld&gt; &amp; schulden");
    expect(offer.html).not.toContain("<geld>");
    expect(offer.html).toContain('lang="nl"');
    expect(offer.text).toContain("Hallo Fatima");

    expect(s.confirmation.text).toContain(`Beste ${s.contact.name}`);
    expect(s.confirmation.text).toMatch(/Uw aanvraag/);
    expect(s.confirmation.text).not.toMatch(/\b(je|jij|jou)\b/i);
    expect(s.confirmation.text).not.toContain("Meppel, Meppel");
    expect(s.confirmation.calendars[0]).toMatch(/ORGANIZER;CN="?Centrum[^:]*:mailto:info@centrum\.example/i);

    // the offer link opens the code login with the address filled in, and goes on to the offer
    const link = offer.text.match(/https:\/\/tandem\.example\/login\/code\?\S+/)?.[0] ?? "";
    const url = new URL(link);
    expect(url.searchParams.get("email")).toBe(s.one.expert.email);
    expect(url.searchParams.get("next")).toBe(`/agenda/${s.first}`);
  });

  it("an expert who chose English gets English mail", async () => {
    const db = database.db;
    const centre = await insertCentre(db);
    const coordinator = await insertActor(db, centre.id, "coordinator");
    const request = await insertRequest(db, centre.id, { status: "in_progress", place: "Assen" });
    await insertSlot(db, centre.id, request.id, nextWeek);
    const expert = await insertExpertWithLogin(db, centre.id, { firstName: "Sam" });
    await setPreferredLocale(db, expert.actor.userId, "en");
    await givePool(db, centre.id, expert.expert.id, { availability: always });
    await inCentre(db, centre.id, (tx) =>
      offerAssignments(tx, coordinator, { requestId: request.id, expertIds: [expert.expert.id] }),
    );
    const [offer] = to(await sent(), expert.expert.email!);
    expect(offer.header("Subject")).toContain("A new request for you");
    expect(offer.text).toContain("Hello Sam");
    expect(offer.html).toContain('lang="en"');
    // a centre without a contact address: Reply-To is the coordinator who acted
    expect(offer.header("Reply-To")).toMatch(/@example\.org$/);
  });
});
