import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre } from "~/db/client.server";
import { requestSlots, requests, requestThemes, themes, workForms } from "~/db/schema";
import { AppError } from "~/lib/errors";
import { createTestDatabase } from "~/test/database";
import { insertActor, insertCentre, insertClient, insertContact, insertRequest } from "~/test/factories";
import { cancelRequest, takeRequest } from "./handle-request.server";
import { requestInput } from "./input";
import { getRequest, listRequests } from "./queries.server";
import { createRequest, type RequestValues } from "./save-request.server";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

async function setup() {
  const db = database.db;
  const centre = await insertCentre(db);
  const coordinator = await insertActor(db, centre.id, "coordinator");
  const client = await insertClient(db, centre.id);
  const [theme] = await db.insert(themes).values({ centreId: centre.id, name: "Schulden" }).returning();
  const [form] = await db.insert(workForms).values({ centreId: centre.id, name: "Workshop" }).returning();
  return { db, centre, coordinator, client, theme, form };
}

function values(clientId: string, extra: Partial<RequestValues> = {}): RequestValues {
  return {
    clientId,
    title: "Workshop schulden",
    description: "",
    themeIds: [],
    slots: [
      { date: "2026-03-04", start: "10:00", end: "12:00" },
      { date: "2026-03-11", start: "10:00", end: "12:00" },
    ],
    online: false,
    place: "Wijkcentrum De Brug",
    expertsNeeded: 2,
    budgetNote: "",
    ...extra,
  };
}

describe("registering a request", () => {
  it("saves the request with its dates and themes in one go, numbered per centre", async () => {
    const { db, centre, coordinator, client, theme, form } = await setup();
    const first = await inCentre(db, centre.id, (tx) =>
      createRequest(tx, coordinator, values(client.id, { themeIds: [theme.id], workFormId: form.id })),
    );
    const second = await inCentre(db, centre.id, (tx) => createRequest(tx, coordinator, values(client.id)));
    expect([first.number, second.number]).toEqual([1, 2]);
    const slots = await db.select().from(requestSlots).where(eq(requestSlots.requestId, first.id));
    expect(slots.map((s) => s.startsAt.toISOString()).sort()).toEqual([
      "2026-03-04T09:00:00.000Z",
      "2026-03-11T09:00:00.000Z",
    ]);
    const linked = await db.select().from(requestThemes).where(eq(requestThemes.requestId, first.id));
    expect(linked.map((l) => l.themeId)).toEqual([theme.id]);

    // another centre starts at 1 again
    const other = await insertCentre(db);
    const otherCoordinator = await insertActor(db, other.id, "coordinator");
    const otherClient = await insertClient(db, other.id);
    const own = await inCentre(db, other.id, (tx) =>
      createRequest(tx, otherCoordinator, values(otherClient.id)),
    );
    expect(own.number).toBe(1);
  });

  it("refuses wrong input with field messages and saves nothing", async () => {
    const { db, centre, coordinator, client } = await setup();
    const parsed = requestInput.safeParse({
      clientId: client.id,
      title: "Lezing",
      slots: [{ date: "2026-03-04", start: "14:00", end: "13:00" }],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toEqual(
      expect.arrayContaining(["requests:errors.endBeforeStart", "requests:errors.placeMissing"]),
    );

    // a theme of another centre makes the whole request fail: no request, no number used
    const other = await insertCentre(db);
    const [foreignTheme] = await db.insert(themes).values({ centreId: other.id, name: "Wonen" }).returning();
    await expect(
      inCentre(db, centre.id, (tx) =>
        createRequest(tx, coordinator, values(client.id, { themeIds: [foreignTheme.id] })),
      ),
    ).rejects.toMatchObject({ code: "INVALID" });
    const saved = await db.select().from(requests).where(eq(requests.centreId, centre.id));
    expect(saved).toEqual([]);
    const next = await inCentre(db, centre.id, (tx) => createRequest(tx, coordinator, values(client.id)));
    expect(next.number).toBe(1);
  });

  it("refuses a contact person of another client", async () => {
    const { db, centre, coordinator, client } = await setup();
    const otherClient = await insertClient(db, centre.id);
    const contact = await insertContact(db, centre.id, otherClient.id);
    await expect(
      inCentre(db, centre.id, (tx) =>
        createRequest(tx, coordinator, values(client.id, { contactId: contact.id })),
      ),
    ).rejects.toMatchObject({
      code: "INVALID",
      fields: { contactId: ["requests:errors.contactOtherClient"] },
    });
  });

  it("lets only staff register requests", async () => {
    const { db, centre, client } = await setup();
    const expert = await insertActor(db, centre.id, "expert");
    await expect(
      inCentre(db, centre.id, (tx) => createRequest(tx, expert, values(client.id))),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(inCentre(db, centre.id, (tx) => listRequests(tx, expert, {}))).rejects.toBeInstanceOf(
      AppError,
    );
  });
});

describe("handling a request", () => {
  it("takes a new request in progress and shows it in the history", async () => {
    const { db, centre, coordinator } = await setup();
    const request = await insertRequest(db, centre.id);
    await inCentre(db, centre.id, (tx) => takeRequest(tx, coordinator, { requestId: request.id }));
    const detail = await inCentre(db, centre.id, (tx) => getRequest(tx, coordinator, request.id));
    expect(detail.request.status).toBe("in_progress");
    expect(detail.history.map((h) => [h.from, h.to])).toEqual([["new", "in_progress"]]);
  });

  it("cancels only with a reason", async () => {
    const { db, centre, coordinator } = await setup();
    const request = await insertRequest(db, centre.id);
    await expect(
      inCentre(db, centre.id, (tx) => cancelRequest(tx, coordinator, { requestId: request.id, reason: " " })),
    ).rejects.toMatchObject({ code: "INVALID" });
    await inCentre(db, centre.id, (tx) =>
      cancelRequest(tx, coordinator, { requestId: request.id, reason: "Budget is op" }),
    );
    const detail = await inCentre(db, centre.id, (tx) => getRequest(tx, coordinator, request.id));
    expect(detail.request.status).toBe("cancelled");
    expect(detail.request.cancelReason).toBe("Budget is op");
  });

  it("shows another centre's request to nobody", async () => {
    const { db, centre } = await setup();
    const request = await insertRequest(db, centre.id);
    const other = await insertCentre(db);
    const outsider = await insertActor(db, other.id, "coordinator");
    await expect(inCentre(db, other.id, (tx) => getRequest(tx, outsider, request.id))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      inCentre(db, other.id, (tx) => takeRequest(tx, outsider, { requestId: request.id })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await inCentre(db, other.id, (tx) => listRequests(tx, outsider, {}))).toEqual([]);
  });

  it("filters the list by status, client, period and search word", async () => {
    const { db, centre, coordinator, client } = await setup();
    const a = await inCentre(db, centre.id, (tx) =>
      createRequest(tx, coordinator, values(client.id, { title: "Gastles armoede" })),
    );
    const otherClient = await insertClient(db, centre.id);
    await inCentre(db, centre.id, (tx) =>
      createRequest(
        tx,
        coordinator,
        values(otherClient.id, {
          title: "Beleid",
          slots: [],
          periodStart: "2026-06-01",
          periodEnd: "2026-06-30",
        }),
      ),
    );
    const list = (f: Parameters<typeof listRequests>[2]) =>
      inCentre(db, centre.id, (tx) => listRequests(tx, coordinator, f)).then((r) => r.map((x) => x.title));
    expect(await list({ clientId: client.id })).toEqual(["Gastles armoede"]);
    expect(await list({ from: "2026-06-10", to: "2026-06-12" })).toEqual(["Beleid"]);
    expect(await list({ from: "2026-03-04", to: "2026-03-04" })).toEqual(["Gastles armoede"]);
    expect(await list({ search: "gastles" })).toEqual(["Gastles armoede"]);
    await inCentre(db, centre.id, (tx) => takeRequest(tx, coordinator, { requestId: a.id }));
    expect(await list({ status: "in_progress" })).toEqual(["Gastles armoede"]);
  });
});
