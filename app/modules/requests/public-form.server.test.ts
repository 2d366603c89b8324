import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "~/db/client.server";
import { jobs, requests } from "~/db/schema";
import { createTestDatabase } from "~/test/database";
import { insertCentre, insertClient } from "~/test/factories";
import type { PublicRequestInput } from "./input";
import { formStamp, LIMIT_PER_ADDRESS_HOUR, submitPublicRequest } from "./public-form.server";

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

describe("the public request form", () => {
  it("saves a good submission as a new, unlinked request and tells the centre", async () => {
    const centre = await insertCentre(database.db, { email: "info@centrum.example" });
    const result = await submitPublicRequest(database.db, {
      slug: centre.slug,
      values: await values(centre.slug),
      address: "10.0.0.1",
      now: T0 + 60_000,
    });
    expect(result.number).toBe(1);
    const [saved] = await savedIn(centre.id);
    expect(saved).toMatchObject({ status: "new", source: "public_form", clientId: null });
    expect(saved.submittedBy).toContain("Wijkteam Oost");
    const mails = await database.db.select().from(jobs).where(eq(jobs.kind, "mail.send"));
    expect(mails.some((m) => (m.payload as { to?: string }).to === "info@centrum.example")).toBe(true);
  });

  it("links the request to a client with exactly the same name", async () => {
    const centre = await insertCentre(database.db);
    const client = await insertClient(database.db, centre.id, { name: "Gemeente Zuid" });
    await submitPublicRequest(database.db, {
      slug: centre.slug,
      values: await values(centre.slug, { organisation: "Gemeente Zuid" }),
      address: "10.0.0.2",
      now: T0 + 60_000,
    });
    const [saved] = await savedIn(centre.id);
    expect(saved.clientId).toBe(client.id);
  });

  it("refuses a robot that fills in the hidden field, or sends too fast, and saves nothing", async () => {
    const centre = await insertCentre(database.db);
    await expect(
      submitPublicRequest(database.db, {
        slug: centre.slug,
        values: await values(centre.slug, { website: "http://spam.example" }),
        address: "10.0.0.3",
        now: T0 + 60_000,
      }),
    ).rejects.toMatchObject({ code: "INVALID", messageKey: "requests:public.refused" });
    await expect(
      submitPublicRequest(database.db, {
        slug: centre.slug,
        values: await values(centre.slug),
        address: "10.0.0.3",
        now: T0 + 1_000,
      }),
    ).rejects.toMatchObject({ code: "INVALID", messageKey: "requests:public.tooFast" });
    await expect(
      submitPublicRequest(database.db, {
        slug: centre.slug,
        values: { ...(await values(centre.slug)), startedAt: `${T0}.forged` },
        address: "10.0.0.3",
        now: T0 + 60_000,
      }),
    ).rejects.toMatchObject({ code: "INVALID" });
    expect(await savedIn(centre.id)).toEqual([]);
  });

  it("refuses too many requests from one address", async () => {
    const centre = await insertCentre(database.db);
    const send = async () =>
      submitPublicRequest(database.db, {
        slug: centre.slug,
        values: await values(centre.slug),
        address: "10.0.0.4",
        now: T0 + 60_000,
      });
    for (let i = 0; i < LIMIT_PER_ADDRESS_HOUR; i++) await send();
    await expect(send()).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await savedIn(centre.id)).toHaveLength(LIMIT_PER_ADDRESS_HOUR);
  });

  it("answers NOT_FOUND for an unknown centre, and a stamp of another centre does not count", async () => {
    const centre = await insertCentre(database.db);
    const other = await insertCentre(database.db);
    await expect(
      submitPublicRequest(database.db, {
        slug: "bestaat-niet",
        values: await values(centre.slug),
        address: "10.0.0.5",
        now: T0 + 60_000,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      submitPublicRequest(database.db, {
        slug: other.slug,
        values: await values(centre.slug),
        address: "10.0.0.5",
        now: T0 + 60_000,
      }),
    ).rejects.toMatchObject({ code: "INVALID" });
  });
});
