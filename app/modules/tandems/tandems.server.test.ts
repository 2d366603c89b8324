import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre, queryRows, type Tx } from "~/db/client.server";
import { experts, tandemLog } from "~/db/schema";
import { addDays, todayIso } from "~/lib/dates";
import type { Actor } from "~/modules/accounts/actor";
import { createTestDatabase } from "~/test/database";
import {
  insertActor,
  insertCentre,
  insertClient,
  insertContact,
  insertExpertWithLogin,
} from "~/test/factories";
import { evaluateTandem } from "./evaluate.server";
import { evaluationInput, meetingInput, tandemInput } from "./input";
import { addLogLine } from "./log.server";
import { addMeeting } from "./meetings.server";
import { countTandems, listTandems, myTandems, ownTandem, tandemDetail } from "./queries.server";
import { createTandem, moveTandem } from "./save-tandem.server";

let database: Database;
let centreId: string;
let coordinator: Actor;
let expert: Actor;
let expertId: string;
let otherExpert: Actor;
let professional: Actor;
let otherContact: Actor;
let clientId: string;
let contactId: string;
let otherCentre: Actor;

const inOwn = <T>(fn: (tx: Tx) => Promise<T>) => inCentre(database.db, centreId, fn);
const today = todayIso();

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  centreId = (await insertCentre(db)).id;
  coordinator = await insertActor(db, centreId, "coordinator", "Carla Coördinator");
  const made = await insertExpertWithLogin(db, centreId, { firstName: "Ilse" });
  expert = made.actor;
  expertId = made.expert.id;
  otherExpert = (await insertExpertWithLogin(db, centreId)).actor;
  clientId = (await insertClient(db, centreId, { name: "Gemeente Assen" })).id;
  professional = await insertActor(db, centreId, "client_contact", "Petra Professional");
  contactId = (
    await insertContact(db, centreId, clientId, { userId: professional.userId, name: "Petra Professional" })
  ).id;
  otherContact = await insertActor(db, centreId, "client_contact");
  await insertContact(db, centreId, clientId, { userId: otherContact.userId });
  const other = (await insertCentre(db)).id;
  otherCentre = await insertActor(db, other, "coordinator");
});
afterAll(() => database.close());

const newTandem = (overrides: Record<string, string | undefined> = {}) =>
  inOwn((tx) =>
    createTandem(
      tx,
      coordinator,
      tandemInput.parse({
        clientId,
        expertId,
        contactId,
        purpose: "Samen huisbezoeken bij schulden",
        startsOn: addDays(today, -30),
        endsOn: addDays(today, 30),
        ...overrides,
      }),
    ),
  );

describe("tandems", () => {
  it("starts a tandem that begins today or earlier as running, a later one as planned", async () => {
    const running = await newTandem();
    const later = await newTandem({ startsOn: addDays(today, 5) });
    const rows = await inOwn((tx) => listTandems(tx, coordinator, {}));
    expect(await inOwn((tx) => countTandems(tx, coordinator, {}))).toBe(rows.length);
    // the second page of a short list is empty
    expect(await inOwn((tx) => listTandems(tx, coordinator, { page: 2 }))).toEqual([]);
    expect(rows.find((r) => r.id === running.id)).toMatchObject({
      status: "active",
      client: "Gemeente Assen",
      professional: "Petra Professional",
    });
    expect(rows.find((r) => r.id === later.id)?.status).toBe("planned");
  });

  it("takes a professional without a contact record by name, and refuses a tandem without one", async () => {
    const { id } = await newTandem({
      contactId: undefined,
      professionalName: "Joost de Wijkagent",
      professionalRole: "Wijkagent",
    });
    const detail = await inOwn((tx) => tandemDetail(tx, coordinator, id, today));
    expect(detail.tandem).toMatchObject({
      professional: "Joost de Wijkagent",
      professionalRole: "Wijkagent",
    });
    const result = tandemInput.safeParse({
      clientId,
      expertId,
      purpose: "Zonder professional",
      startsOn: today,
      endsOn: addDays(today, -1),
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["endsOn", "professionalName"]));
  });

  it("refuses a contact of another client (INVALID), an expert (FORBIDDEN) and another centre (NOT_FOUND)", async () => {
    const elsewhere = (await insertClient(database.db, centreId)).id;
    await expect(newTandem({ clientId: elsewhere })).rejects.toMatchObject({ code: "INVALID" });
    await expect(
      inOwn((tx) =>
        createTandem(
          tx,
          expert,
          tandemInput.parse({
            clientId,
            expertId,
            contactId,
            purpose: "Zelf gemaakt",
            startsOn: today,
            endsOn: today,
          }),
        ),
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { id } = await newTandem();
    await expect(
      inCentre(database.db, otherCentre.centreId, (tx) => tandemDetail(tx, otherCentre, id, today)),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(
      await inCentre(database.db, otherCentre.centreId, (tx) => listTandems(tx, otherCentre, {})),
    ).toEqual([]);
  });

  it("lets the expert and the professional write in the shared log; another expert or contact finds nothing", async () => {
    const { id } = await newTandem();
    await inOwn((tx) => addLogLine(tx, expert, { tandemId: id, body: "Eerste bezoek ging goed." }));
    await inOwn((tx) =>
      addLogLine(tx, professional, { tandemId: id, body: "Mee eens, volgende week weer." }),
    );
    const seen = await inOwn((tx) => ownTandem(tx, professional, id, new Date(), today));
    expect(seen.side).toBe("professional");
    expect(seen.log.map((l) => [l.side, l.body])).toEqual([
      ["professional", "Mee eens, volgende week weer."],
      ["expert", "Eerste bezoek ging goed."],
    ]);
    for (const stranger of [otherExpert, otherContact])
      await expect(
        inOwn((tx) => addLogLine(tx, stranger, { tandemId: id, body: "Ik hoor hier niet" })),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await inOwn((tx) => myTandems(tx, otherExpert, today))).toEqual([]);
    expect((await inOwn((tx) => myTandems(tx, expert, today))).map((t) => t.id)).toContain(id);
  });

  it("lets each side evaluate once after the end, and shows staff both", async () => {
    const { id } = await newTandem();
    const input = evaluationInput.parse({ score: "4", comment: "Fijn samengewerkt" });
    await expect(inOwn((tx) => evaluateTandem(tx, expert, { tandemId: id, ...input }))).rejects.toMatchObject(
      {
        code: "CONFLICT",
      },
    );
    await inOwn((tx) => moveTandem(tx, coordinator, { tandemId: id, to: "end" }));
    await inOwn((tx) => evaluateTandem(tx, expert, { tandemId: id, ...input }));
    await expect(inOwn((tx) => evaluateTandem(tx, expert, { tandemId: id, ...input }))).rejects.toMatchObject(
      {
        code: "CONFLICT",
      },
    );
    await inOwn((tx) => evaluateTandem(tx, professional, { tandemId: id, score: 5, comment: "" }));
    const detail = await inOwn((tx) => tandemDetail(tx, coordinator, id, today));
    expect(detail.tandem.status).toBe("ended");
    expect(detail.tandem.endsOn).toBe(today);
    expect(detail.evaluations.expert).toMatchObject({ score: 4, comment: "Fijn samengewerkt" });
    expect(detail.evaluations.professional?.score).toBe(5);
  });

  it("closes a stopped tandem's log, and refuses bad input without saving", async () => {
    const { id } = await newTandem();
    await inOwn((tx) =>
      moveTandem(tx, coordinator, { tandemId: id, to: "stop", reason: "Professional ziek" }),
    );
    await expect(
      inOwn((tx) => addLogLine(tx, expert, { tandemId: id, body: "Nog iets" })),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(
      inOwn((tx) => moveTandem(tx, coordinator, { tandemId: id, to: "start" })),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(meetingInput.safeParse({ day: today, startTime: "10:00", endTime: "09:00" }).success).toBe(false);
    const lines = await inOwn((tx) => tx.select().from(tandemLog).where(eq(tandemLog.tandemId, id)));
    expect(lines).toEqual([]);
  });
});

describe("tandem meetings as inzet", () => {
  it("count for the fair spread once the tandem runs: inzet_moments and the expert's last inzet", async () => {
    const { actor, expert: record } = await insertExpertWithLogin(database.db, centreId);
    const { id } = await newTandem({
      expertId: record.id,
      startsOn: addDays(today, 3),
      endsOn: addDays(today, 60),
    });
    void actor;
    await inOwn((tx) =>
      addMeeting(tx, coordinator, {
        tandemId: id,
        ...meetingInput.parse({
          day: addDays(today, 7),
          startTime: "10:00",
          endTime: "11:00",
          place: "Stadhuis",
        }),
      }),
    );
    const lastInzet = async () =>
      (
        await database.db.select({ at: experts.lastInzetAt }).from(experts).where(eq(experts.id, record.id))
      )[0].at;
    // planned: not yet
    expect(await lastInzet()).toBeNull();
    await inOwn((tx) => moveTandem(tx, coordinator, { tandemId: id, to: "start" }));
    expect(await lastInzet()).not.toBeNull();
    const moments = await inOwn((tx) =>
      queryRows<{ kind: string }>(tx, sql`select kind from inzet_moments where expert_id = ${record.id}`),
    );
    expect(moments).toEqual([{ kind: "tandem_meeting" }]);
    // another centre sees none of them
    const elsewhere = await inCentre(database.db, otherCentre.centreId, (tx) =>
      queryRows(tx, sql`select 1 from inzet_moments where expert_id = ${record.id}`),
    );
    expect(elsewhere).toEqual([]);
  });
});
