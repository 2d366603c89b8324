import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre } from "~/db/client.server";
import { assignments, requests } from "~/db/schema";
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
import { publicEvaluation, submitEvaluation } from "./public.server";
import { evaluationOfRequest } from "./queries.server";
import { startEvaluation } from "./start-evaluation.server";

let database: Database;
const outbox = mkdtempSync(join(tmpdir(), "tandem-evaluation-outbox-"));

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.OUTBOX_DIR = outbox;
  delete process.env.SMTP_URL;
  resetMailTransport();
});
afterAll(() => database.close());

async function doneRequest() {
  const db = database.db;
  const centre = await insertCentre(db);
  const client = await insertClient(db, centre.id);
  const contact = await insertContact(db, centre.id, client.id, {
    email: `klant-${centre.slug}@example.org`,
  });
  const request = await insertRequest(db, centre.id, {
    clientId: client.id,
    contactId: contact.id,
    status: "done",
  });
  const coordinator = await insertActor(db, centre.id, "coordinator");
  return { centre, contact, request, coordinator };
}

/** Sends the link and reads the token from the mail the contact got. */
async function sendAndReadToken(s: Awaited<ReturnType<typeof doneRequest>>): Promise<string> {
  await inCentre(database.db, s.centre.id, (tx) => startEvaluation(tx, s.coordinator, s.request.id));
  await flushMail(database.db);
  const mails = readdirSync(outbox)
    .sort()
    .map((f) => readFileSync(join(outbox, f), "utf8").replace(/=\r?\n/g, ""))
    .filter((text) => text.includes(s.contact.email));
  const token = mails.at(-1)?.match(/\/evaluatie\/([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error("no evaluation link in the mail");
  return token;
}

const answers = {
  score: 4,
  wentWell: "Echt contact met onze klanten.",
  quote: "Ze wist wat armoede is.",
  quotePublic: true,
};

describe("the client's evaluation", () => {
  it("works once through the link and marks the request as evaluated", async () => {
    const s = await doneRequest();
    const token = await sendAndReadToken(s);
    expect(await publicEvaluation(database.db, token)).toMatchObject({
      requestNumber: s.request.number,
      submitted: false,
    });
    expect(await submitEvaluation(database.db, token, answers)).toEqual({ alreadyDone: false });
    expect(await submitEvaluation(database.db, token, { ...answers, score: 1 })).toEqual({
      alreadyDone: true,
    });
    expect((await publicEvaluation(database.db, token)).submitted).toBe(true);

    const view = await inCentre(database.db, s.centre.id, (tx) =>
      evaluationOfRequest(tx, s.coordinator, s.request.id),
    );
    expect(view.request.status).toBe("evaluated");
    expect(view.evaluation).toMatchObject({ score: 4, quote: answers.quote, quotePublic: true });
  });

  it("answers a wrong or replaced token with NOT_FOUND", async () => {
    await expect(publicEvaluation(database.db, "ditIsGeenGoedeTokenMaarWelLang")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const s = await doneRequest();
    const first = await sendAndReadToken(s);
    const second = await sendAndReadToken(s);
    expect(second).not.toBe(first);
    await expect(submitEvaluation(database.db, first, answers)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await submitEvaluation(database.db, second, answers)).toEqual({ alreadyDone: false });
    await expect(
      inCentre(database.db, s.centre.id, (tx) => startEvaluation(tx, s.coordinator, s.request.id)),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "evaluations:errors.alreadyDone" });
  });

  it("is only sent for a done request, by staff or the request's own expert", async () => {
    const s = await doneRequest();
    const open = await insertRequest(database.db, s.centre.id, {
      contactId: s.contact.id,
      status: "confirmed",
    });
    await expect(
      inCentre(database.db, s.centre.id, (tx) => startEvaluation(tx, s.coordinator, open.id)),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const stranger = await insertExpertWithLogin(database.db, s.centre.id);
    await expect(
      inCentre(database.db, s.centre.id, (tx) => startEvaluation(tx, stranger.actor, s.request.id)),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await database.db.insert(assignments).values({
      centreId: s.centre.id,
      requestId: s.request.id,
      expertId: stranger.expert.id,
      status: "confirmed",
    });
    await inCentre(database.db, s.centre.id, (tx) => startEvaluation(tx, stranger.actor, s.request.id));
  });

  it("is not visible to another centre or to a client contact", async () => {
    const s = await doneRequest();
    const other = await insertCentre(database.db);
    const otherCoordinator = await insertActor(database.db, other.id, "coordinator");
    await expect(
      inCentre(database.db, other.id, (tx) => evaluationOfRequest(tx, otherCoordinator, s.request.id)),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      inCentre(database.db, other.id, (tx) => startEvaluation(tx, otherCoordinator, s.request.id)),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const contactActor = await insertActor(database.db, s.centre.id, "client_contact");
    await expect(
      inCentre(database.db, s.centre.id, (tx) => evaluationOfRequest(tx, contactActor, s.request.id)),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const [row] = await database.db
      .select({ status: requests.status })
      .from(requests)
      .where(eq(requests.id, s.request.id));
    expect(row.status).toBe("done");
  });
});
