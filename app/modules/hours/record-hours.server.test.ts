import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre } from "~/db/client.server";
import { assignments, evaluations, requestSlots, requests } from "~/db/schema";
import type { Actor } from "~/modules/accounts/actor";
import { flushMail } from "~/modules/mail/queue.server";
import { resetMailTransport } from "~/modules/mail/send.server";
import { createTestDatabase } from "~/test/database";
import {
  insertActor,
  insertCentre,
  insertClient,
  insertContact,
  insertExpertWithLogin,
  insertRequest,
} from "~/test/factories";
import { hoursOfRequest, hoursPage } from "./queries.server";
import { recordHours } from "./record-hours.server";

let database: Database;
const outbox = mkdtempSync(join(tmpdir(), "tandem-hours-outbox-"));

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.OUTBOX_DIR = outbox;
  delete process.env.SMTP_URL;
  resetMailTransport();
});
afterAll(() => database.close());

const hours = { minutesWorked: 150, travelKm: null, travelCostCents: 1250, note: "Trein en bus" };

/** A confirmed request with a date in the past (or future) and two confirmed experts. */
async function confirmedRequest(options: { slotStartsAt?: Date } = {}) {
  const db = database.db;
  const centre = await insertCentre(db);
  const client = await insertClient(db, centre.id);
  const contact = await insertContact(db, centre.id, client.id, {
    email: `klant-${centre.slug}@example.org`,
  });
  const request = await insertRequest(db, centre.id, {
    clientId: client.id,
    contactId: contact.id,
    status: "confirmed",
  });
  const startsAt = options.slotStartsAt ?? new Date(Date.now() - 3 * 3600_000);
  await db.insert(requestSlots).values({
    centreId: centre.id,
    requestId: request.id,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 2 * 3600_000),
  });
  const first = await insertExpertWithLogin(db, centre.id);
  const second = await insertExpertWithLogin(db, centre.id);
  const [a1, a2] = await db
    .insert(assignments)
    .values([
      { centreId: centre.id, requestId: request.id, expertId: first.expert.id, status: "confirmed" },
      { centreId: centre.id, requestId: request.id, expertId: second.expert.id, status: "confirmed" },
    ])
    .returning({ id: assignments.id });
  const coordinator = await insertActor(db, centre.id, "coordinator");
  return {
    centre,
    request,
    contact,
    first: { ...first, assignmentId: a1.id },
    second: { ...second, assignmentId: a2.id },
    coordinator,
  };
}

const run = <T>(actor: Actor, fn: Parameters<typeof inCentre<T>>[2]) =>
  inCentre(database.db, actor.centreId, fn);

describe("hours and travel", () => {
  it("are written by the expert on their own confirmed, started assignment", async () => {
    const s = await confirmedRequest();
    const result = await run(s.first.actor, (tx) =>
      recordHours(tx, s.first.actor, { assignmentId: s.first.assignmentId, ...hours }),
    );
    expect(result).toEqual({ requestDone: false, evaluationSent: false });
    const page = await run(s.first.actor, (tx) => hoursPage(tx, s.first.actor, s.first.assignmentId));
    expect(page.values).toMatchObject({ hours: "2", minutes: "30", travel: "public", travelCost: "12,50" });
    const table = await run(s.coordinator, (tx) => hoursOfRequest(tx, s.coordinator, s.request.id));
    expect(table.find((r) => r.assignmentId === s.first.assignmentId)?.minutesWorked).toBe(150);
  });

  it("cannot be written by another expert, another centre, or a client contact", async () => {
    const s = await confirmedRequest();
    await expect(
      run(s.second.actor, (tx) =>
        recordHours(tx, s.second.actor, { assignmentId: s.first.assignmentId, ...hours }),
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const other = await confirmedRequest();
    await expect(
      run(other.first.actor, (tx) =>
        recordHours(tx, other.first.actor, { assignmentId: s.first.assignmentId, ...hours }),
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const contactActor = await insertActor(database.db, s.centre.id, "client_contact");
    await expect(
      run(contactActor, (tx) =>
        recordHours(tx, contactActor, { assignmentId: s.first.assignmentId, ...hours }),
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const [row] = await database.db
      .select({ minutes: assignments.minutesWorked })
      .from(assignments)
      .where(eq(assignments.id, s.first.assignmentId));
    expect(row.minutes).toBeNull();
  });

  it("wait until the work has started", async () => {
    const s = await confirmedRequest({ slotStartsAt: new Date(Date.now() + 48 * 3600_000) });
    const page = await run(s.first.actor, (tx) => hoursPage(tx, s.first.actor, s.first.assignmentId));
    expect(page.block).toBe("notStarted");
    await expect(
      run(s.first.actor, (tx) =>
        recordHours(tx, s.first.actor, { assignmentId: s.first.assignmentId, ...hours }),
      ),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "hours:blocked.notStarted" });
  });

  it("of every expert make the request done and send the client the evaluation link", async () => {
    const s = await confirmedRequest();
    await run(s.first.actor, (tx) =>
      recordHours(tx, s.first.actor, { assignmentId: s.first.assignmentId, ...hours }),
    );
    const result = await run(s.second.actor, (tx) =>
      recordHours(tx, s.second.actor, {
        assignmentId: s.second.assignmentId,
        minutesWorked: 120,
        travelKm: 18,
        travelCostCents: null,
        note: null,
      }),
    );
    expect(result).toEqual({ requestDone: true, evaluationSent: true });
    const [request] = await database.db
      .select({ status: requests.status })
      .from(requests)
      .where(eq(requests.id, s.request.id));
    expect(request.status).toBe("done");
    const [evaluation] = await database.db
      .select({ tokenHash: evaluations.tokenHash })
      .from(evaluations)
      .where(eq(evaluations.requestId, s.request.id));
    expect(evaluation.tokenHash).toMatch(/^[0-9a-f]{64}$/);

    await flushMail(database.db);
    const mail = readdirSync(outbox)
      .map((f) => readFileSync(join(outbox, f), "utf8"))
      .find((text) => text.includes(s.contact.email));
    expect(mail).toBeDefined();
    expect(mail).toMatch(/\/evaluatie\/[A-Za-z0-9_-]{20,}/);
    // the mail holds the secret, the database only its hash
    expect(mail).not.toContain(evaluation.tokenHash);
  });

  it("may be corrected by the coordinator, not after the evaluation", async () => {
    const s = await confirmedRequest();
    await run(s.coordinator, (tx) =>
      recordHours(tx, s.coordinator, { assignmentId: s.first.assignmentId, ...hours, minutesWorked: 90 }),
    );
    const table = await run(s.coordinator, (tx) => hoursOfRequest(tx, s.coordinator, s.request.id));
    expect(table.find((r) => r.assignmentId === s.first.assignmentId)?.minutesWorked).toBe(90);
    await database.db.update(requests).set({ status: "evaluated" }).where(eq(requests.id, s.request.id));
    await expect(
      run(s.first.actor, (tx) =>
        recordHours(tx, s.first.actor, { assignmentId: s.first.assignmentId, ...hours }),
      ),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "hours:blocked.closed" });
  });
});
