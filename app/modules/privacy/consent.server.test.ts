import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre } from "~/db/client.server";
import { assignments, evaluations, jobs, user } from "~/db/schema";
import { publicQuotes } from "~/modules/impact/queries.server";
import { ownExpertIntroductions } from "~/modules/requests/own-requests.server";
import { createTestDatabase } from "~/test/database";
import {
  insertActor,
  insertCentre,
  insertClient,
  insertContact,
  insertExpertWithLogin,
  insertRequest,
} from "~/test/factories";
import { consentHistory, consentsOf, decideConsent } from "./consent.server";
import { answerCorrection, listCorrections, ownCorrections, requestCorrection } from "./correction.server";
import { correctionAnswerInput, correctionInput } from "./input";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

/** A client with a contact who has a login, and one submitted evaluation of theirs with a public quote. */
async function contactWithQuote(centreId: string, quote: string) {
  const db = database.db;
  const client = await insertClient(db, centreId);
  const actor = await insertActor(db, centreId, "client_contact");
  const contact = await insertContact(db, centreId, client.id, { userId: actor.userId });
  const request = await insertRequest(db, centreId, {
    clientId: client.id,
    contactId: contact.id,
    status: "done",
  });
  await db.insert(evaluations).values({
    centreId,
    requestId: request.id,
    tokenHash: crypto.randomUUID(),
    score: 5,
    quote,
    quotePublic: true,
    submittedAt: new Date(),
  });
  return { actor, client, request };
}

describe("consent per purpose", () => {
  it("keeps every decision with its text version, and the newest one holds", async () => {
    const centre = await insertCentre(database.db);
    const { actor } = await insertExpertWithLogin(database.db, centre.id);
    const run = <T>(fn: Parameters<typeof inCentre<T>>[2]) => inCentre(database.db, centre.id, fn);
    expect(
      (await run((tx) => consentsOf(tx, actor.userId))).find((c) => c.purpose === "profile")?.given,
    ).toBe(null);
    await run((tx) => decideConsent(tx, actor, "profile", true));
    await run((tx) => decideConsent(tx, actor, "profile", false));
    const now = await run((tx) => consentsOf(tx, actor.userId));
    expect(now.find((c) => c.purpose === "profile")).toMatchObject({ given: false, textVersion: "2026-12" });
    expect(await run((tx) => consentHistory(tx, actor.userId))).toHaveLength(2);
    // another centre sees none of it
    const other = await insertCentre(database.db);
    expect(await inCentre(database.db, other.id, (tx) => consentHistory(tx, actor.userId))).toEqual([]);
  });

  it("a withdrawn consent for quotes takes the contact's quote off the impact page at once", async () => {
    const centre = await insertCentre(database.db);
    const coordinator = await insertActor(database.db, centre.id, "coordinator");
    const run = <T>(fn: Parameters<typeof inCentre<T>>[2]) => inCentre(database.db, centre.id, fn);
    const kept = await contactWithQuote(centre.id, "Het gesprek opende onze ogen.");
    const leaving = await contactWithQuote(centre.id, "Wij luisteren nu anders naar bewoners.");
    const shown = async () => (await run((tx) => publicQuotes(tx, coordinator, {}))).map((q) => q.quote);
    expect(await shown()).toEqual(
      expect.arrayContaining(["Het gesprek opende onze ogen.", "Wij luisteren nu anders naar bewoners."]),
    );
    await run((tx) => decideConsent(tx, leaving.actor, "quotes", false));
    expect(await shown()).toEqual(["Het gesprek opende onze ogen."]);
    // given again: back
    await run((tx) => decideConsent(tx, leaving.actor, "quotes", true));
    expect(await shown()).toHaveLength(2);
    expect(kept.client.id).toBeTruthy();
  });

  it("a client sees an expert's introduction only while the expert agrees", async () => {
    const centre = await insertCentre(database.db);
    const run = <T>(fn: Parameters<typeof inCentre<T>>[2]) => inCentre(database.db, centre.id, fn);
    const { actor: contact, request } = await contactWithQuote(centre.id, "Goed.");
    const { actor: expertActor, expert } = await insertExpertWithLogin(database.db, centre.id, {
      profileText: "Ik weet hoe het is om schulden te hebben.",
    });
    await database.db
      .insert(assignments)
      .values({ centreId: centre.id, requestId: request.id, expertId: expert.id, status: "confirmed" });
    expect(await run((tx) => ownExpertIntroductions(tx, contact))).toEqual([]);
    await run((tx) => decideConsent(tx, expertActor, "profile", true));
    expect(await run((tx) => ownExpertIntroductions(tx, contact))).toEqual([
      expect.objectContaining({ text: "Ik weet hoe het is om schulden te hebben." }),
    ]);
    await run((tx) => decideConsent(tx, expertActor, "profile", false));
    expect(await run((tx) => ownExpertIntroductions(tx, contact))).toEqual([]);
  });
});

describe("correction requests", () => {
  it("the person asks, a coordinator answers by mail, and a weaker role or another centre cannot", async () => {
    const db = database.db;
    const centre = await insertCentre(db);
    const run = <T>(fn: Parameters<typeof inCentre<T>>[2]) => inCentre(db, centre.id, fn);
    const coordinator = await insertActor(db, centre.id, "coordinator");
    const { actor } = await insertExpertWithLogin(db, centre.id);
    const asked = await run((tx) =>
      requestCorrection(
        tx,
        actor,
        correctionInput.parse({ about: "expert", message: "Mijn telefoonnummer is veranderd." }),
      ),
    );
    expect(await run((tx) => ownCorrections(tx, actor))).toMatchObject([{ status: "open", answer: null }]);
    await expect(run((tx) => listCorrections(tx, actor))).rejects.toMatchObject({ code: "FORBIDDEN" });
    const answer = correctionAnswerInput.parse({
      correctionId: asked.id,
      status: "corrected",
      answer: "Het nieuwe nummer staat erin.",
    });
    const other = await insertCentre(db);
    const stranger = await insertActor(db, other.id, "coordinator");
    await expect(
      inCentre(db, other.id, (tx) => answerCorrection(tx, stranger, answer)),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await run((tx) => listCorrections(tx, coordinator))).toMatchObject([{ status: "open" }]);
    await run((tx) => answerCorrection(tx, coordinator, answer));
    expect(await run((tx) => ownCorrections(tx, actor))).toMatchObject([
      { status: "corrected", answer: "Het nieuwe nummer staat erin." },
    ]);
    await expect(run((tx) => answerCorrection(tx, coordinator, answer))).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const [person] = await db.select({ email: user.email }).from(user).where(eq(user.id, actor.userId));
    const mails = (await db.select().from(jobs).where(eq(jobs.kind, "mail.send")))
      .map((job) => job.payload as { to: string; subject: string; text: string })
      .filter((mail) => mail.to === person.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe("Antwoord op je verzoek om een correctie");
    expect(mails[0].text).toContain("Het nieuwe nummer staat erin.");
  });

  it("refuses a request without words, with the message at the field", () => {
    const parsed = correctionInput.safeParse({ message: "fout" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({
      path: ["message"],
      message: "privacy:correction.errors.message",
    });
  });
});
