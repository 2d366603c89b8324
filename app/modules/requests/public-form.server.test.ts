import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre } from "~/db/client.server";
import { jobs, requests, user } from "~/db/schema";
import { createTestDatabase } from "~/test/database";
import { insertActor, insertCentre, insertClient, insertContact } from "~/test/factories";
import { type PublicRequestInput, publicRequestInput } from "./input";
import { listOwnRequests } from "./own-requests.server";
import {
  formStamp,
  LIMIT_PER_ADDRESS_DAY,
  LIMIT_PER_ADDRESS_HOUR,
  LIMIT_PER_CENTRE_DAY,
  STAMP_VALID_MS,
  submitPublicRequest,
} from "./public-form.server";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const T0 = Date.parse("2026-02-01T10:00:00Z");

async function values(slug: string, extra: Partial<PublicRequestInput> = {}): Promise<PublicRequestInput> {
  return {
    organisation: "Wijkteam Oost",
    contactName: "Petra Jansen",
    email: "petra@wijkteam.example",
    phone: "",
    sector: "welfare",
    startedAt: await formStamp(database.db, slug, T0),
    title: "Gastles over armoede",
    description: "Voor onze nieuwe collega's.",
    themeIds: [],
    slots: [{ date: "2026-03-04", start: "10:00", end: "12:00" }],
    online: true,
    place: "",
    expertsNeeded: 1,
    budgetNote: "",
    ...extra,
  };
}

const savedIn = (centreId: string) =>
  database.db.select().from(requests).where(eq(requests.centreId, centreId));

const mailsTo = async (to: string) =>
  (await database.db.select().from(jobs).where(eq(jobs.kind, "mail.send")))
    .map((job) => ({
      ...(job.payload as { to: string; subject: string; text: string }),
      sent: job.doneAt !== null,
    }))
    .filter((mail) => mail.to === to);

const send = async (
  slug: string,
  address: string,
  extra: Partial<PublicRequestInput> = {},
  now = T0 + 1_000,
) => submitPublicRequest(database.db, { slug, values: await values(slug, extra), address, now });

describe("the public request form", () => {
  it("saves a request, sends the sender a receipt with its number and tells the coordinators", async () => {
    const centre = await insertCentre(database.db, { email: "info@centrum.example" });
    const coordinator = await insertActor(database.db, centre.id, "coordinator");
    const [{ email: coordinatorEmail }] = await database.db
      .select({ email: user.email })
      .from(user)
      .where(eq(user.id, coordinator.userId));
    const result = await send(centre.slug, "10.0.0.1", { email: "petra.receipt@wijkteam.example" });
    expect(result).toEqual({ saved: true, number: 1 });
    const [saved] = await savedIn(centre.id);
    expect(saved).toMatchObject({ status: "new", source: "public_form", clientId: null, contactId: null });
    const [receipt] = await mailsTo("petra.receipt@wijkteam.example");
    expect(receipt.subject).toBe("Uw aanvraag 1 is ontvangen");
    expect(receipt.text).toContain("Het nummer van uw aanvraag is 1.");
    expect(receipt.text).toMatch(/^Beste Petra Jansen,/);
    // sent right after the commit, not at the job runner's next round
    expect(receipt.sent).toBe(true);
    expect(await mailsTo(coordinatorEmail)).toHaveLength(1);
    expect(await mailsTo("info@centrum.example")).toHaveLength(1);
  });

  it("accepts a person who is quick (autofill): there is no timer", async () => {
    const centre = await insertCentre(database.db);
    expect(await send(centre.slug, "10.0.0.2", {}, T0 + 300)).toMatchObject({ saved: true });
  });

  it("never plants a request in a client contact's own list, whatever name and e-mail are typed", async () => {
    const centre = await insertCentre(database.db);
    const client = await insertClient(database.db, centre.id, { name: "Gemeente Zuid" });
    const actor = await insertActor(database.db, centre.id, "client_contact");
    await insertContact(database.db, centre.id, client.id, {
      userId: actor.userId,
      email: "jan@zuid.example",
    });
    await send(centre.slug, "10.0.0.3", {
      organisation: "Gemeente Zuid",
      email: "jan@zuid.example",
      title: "Geplant verzoek",
    });
    const [saved] = await savedIn(centre.id);
    expect(saved).toMatchObject({ clientId: null, contactId: null });
    const own = await inCentre(database.db, centre.id, (tx) => listOwnRequests(tx, actor));
    expect(own.requests.map((r) => r.title)).not.toContain("Geplant verzoek");
  });

  it("thanks a robot quietly and saves nothing: the trap filled in, a forged or missing stamp", async () => {
    const centre = await insertCentre(database.db);
    expect(await send(centre.slug, "10.0.0.4", { website: "http://spam.example" })).toEqual({ saved: false });
    expect(await send(centre.slug, "10.0.0.4", { startedAt: `${T0}.abc.forged` })).toEqual({ saved: false });
    expect(await send(centre.slug, "10.0.0.4", { startedAt: undefined })).toEqual({ saved: false });
    expect(await savedIn(centre.id)).toEqual([]);
  });

  it("uses a stamp once: a replay is not saved, also from another process", async () => {
    const centre = await insertCentre(database.db);
    const stamp = await formStamp(database.db, centre.slug, T0);
    const first = await send(centre.slug, "10.0.0.5", { startedAt: stamp });
    // The used stamps live in the database: a second app process on it sees the same.
    const replay = await send(centre.slug, "10.0.0.6", { startedAt: stamp });
    expect(first).toMatchObject({ saved: true });
    expect(replay).toEqual({ saved: false });
    expect(await savedIn(centre.id)).toHaveLength(1);
  });

  it("asks a person whose form was open too long to send it again", async () => {
    const centre = await insertCentre(database.db);
    await expect(send(centre.slug, "10.0.0.7", {}, T0 + STAMP_VALID_MS + 1)).rejects.toMatchObject({
      code: "INVALID",
      messageKey: "requests:public.expired",
    });
  });

  it("limits one address per hour and per day, so one visitor cannot use up the centre's day", async () => {
    expect(LIMIT_PER_ADDRESS_DAY).toBeLessThan(LIMIT_PER_CENTRE_DAY);
    const centre = await insertCentre(database.db);
    for (let i = 0; i < LIMIT_PER_ADDRESS_HOUR; i++) await send(centre.slug, "10.0.0.8");
    await expect(send(centre.slug, "10.0.0.8")).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await savedIn(centre.id)).toHaveLength(LIMIT_PER_ADDRESS_HOUR);
    // the next hour the same address may send again, but not past its daily limit
    await database.db.execute(
      sql`update rate_counters set window_start = now() - interval '2 hours' where key like ${`%${centre.id}:10.0.0.8:hour`}`,
    );
    for (let i = LIMIT_PER_ADDRESS_HOUR; i < LIMIT_PER_ADDRESS_DAY; i++) await send(centre.slug, "10.0.0.8");
    await expect(send(centre.slug, "10.0.0.8")).rejects.toMatchObject({ code: "RATE_LIMITED" });
    // someone else still gets through
    expect(await send(centre.slug, "10.0.0.9")).toMatchObject({ saved: true });
    const rows = await database.db
      .select()
      .from(requests)
      .where(and(eq(requests.centreId, centre.id), eq(requests.source, "public_form")));
    expect(rows).toHaveLength(LIMIT_PER_ADDRESS_DAY + 1);
  });

  it("answers NOT_FOUND for an unknown centre or a bad slug; another centre's stamp does not count", async () => {
    const centre = await insertCentre(database.db);
    const other = await insertCentre(database.db);
    for (const slug of ["bestaat-niet", "demo\0"])
      await expect(
        submitPublicRequest(database.db, { slug, values: await values(centre.slug), address: "x", now: T0 }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const result = await submitPublicRequest(database.db, {
      slug: other.slug,
      values: await values(centre.slug),
      address: "10.0.0.10",
      now: T0 + 1_000,
    });
    expect(result).toEqual({ saved: false });
  });

  it("refuses a date in the past with a message at that date", () => {
    const form = {
      organisation: "Wijkteam Oost",
      contactName: "Petra Jansen",
      email: "petra@wijkteam.example",
      sector: "welfare",
      title: "Gastles over armoede",
      online: true,
      slots: [{ date: "2020-01-06", start: "10:00", end: "12:00" }],
    };
    const result = publicRequestInput.safeParse(form);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toContainEqual(
      expect.objectContaining({ path: ["slots", 0, "date"], message: "requests:errors.dateInPast" }),
    );
    const period = publicRequestInput.safeParse({
      ...form,
      slots: [],
      periodStart: "2020-01-01",
      periodEnd: "2020-02-01",
    });
    expect(period.error?.issues).toContainEqual(
      expect.objectContaining({ path: ["periodEnd"], message: "requests:errors.dateInPast" }),
    );
  });
});
