import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre, type Tx } from "~/db/client.server";
import { auditLog, grants, jobs, pilotAnswers } from "~/db/schema";
import type { Actor } from "~/modules/accounts/actor";
import { erasePerson } from "~/modules/privacy/erase.server";
import { collectPersonDataAsOperator } from "~/modules/privacy/person-data.server";
import { createTestDatabase } from "~/test/database";
import { insertActor, insertCentre } from "~/test/factories";
import { parseDefaultStatements, participantInput, pilotInput } from "./input";
import { addParticipant, removeParticipant } from "./participants.server";
import { answerQuestionnaire, publicQuestionnaire } from "./public.server";
import { listPilots, pilotDetail, sectorResults } from "./queries.server";
import { createPilot, updatePilot } from "./save-pilot.server";
import { sendAgain, sendQuestionnaires } from "./send.server";
import { defaultStatementTexts, saveDefaultStatements, saveStatements } from "./statements.server";
import { defaultStatements } from "./values";

let database: Database;
let coordinator: Actor;
let expertActor: Actor;
let otherCoordinator: Actor;
let centreId: string;
let otherCentreId: string;
let grantId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  centreId = (await insertCentre(database.db, { name: "Centrum Meting" })).id;
  otherCentreId = (await insertCentre(database.db)).id;
  coordinator = await insertActor(database.db, centreId, "coordinator", "Carla Coördinator");
  expertActor = await insertActor(database.db, centreId, "expert");
  otherCoordinator = await insertActor(database.db, otherCentreId, "coordinator");
  const [grant] = await database.db
    .insert(grants)
    .values({
      centreId,
      name: "Samen werken met ervaring",
      funderName: "Provincie",
      startsOn: "2026-01-01",
      endsOn: "2026-12-31",
    })
    .returning({ id: grants.id });
  grantId = grant.id;
});
afterAll(() => database.close());

const inOwn = <T>(fn: (tx: Tx) => Promise<T>) => inCentre(database.db, centreId, fn);
const pilot = (overrides: Record<string, unknown> = {}) =>
  pilotInput.parse({
    grantId,
    sector: "gemeenten",
    name: "Gemeente Rivierstad",
    startsOn: "2026-09-01",
    ...overrides,
  });
const person = (n: number, prefix = "p") =>
  participantInput.parse({
    participantName: `Professional ${n}`,
    participantEmail: `${prefix}${n}.${crypto.randomUUID().slice(0, 6)}@Example.org`,
    organisation: "Wijkteam Noord",
  });

/** The tokens in the questionnaire mails, newest last, per address. */
async function mailedTokens(): Promise<Map<string, string>> {
  const rows = await database.db
    .select({ payload: jobs.payload, id: jobs.id })
    .from(jobs)
    .where(eq(jobs.kind, "mail.send"));
  const tokens = new Map<string, string>();
  for (const r of rows) {
    const m = r.payload as { to: string; text: string };
    const found = /\/vragenlijst\/([A-Za-z0-9_-]+)/.exec(m.text);
    if (found) tokens.set(m.to, found[1]);
  }
  return tokens;
}

async function answerAll(token: string, score: number) {
  const q = await publicQuestionnaire(database.db, token);
  return answerQuestionnaire(database.db, token, new Map(q.statements.map((s) => [s.id, score])));
}

describe("pilot measurements", () => {
  it("measures before and after per statement, with the small-group rule", async () => {
    const { id } = await inOwn((tx) => createPilot(tx, coordinator, pilot()));
    const start = await inOwn((tx) => pilotDetail(tx, coordinator, id));
    expect(start.statements.map((s) => s.text)).toEqual([...defaultStatements]);

    // reword the first, switch off the last, add one
    const [first, , , , last] = start.statements;
    await inOwn((tx) =>
      saveStatements(tx, coordinator, {
        pilotId: id,
        statements: [
          { id: first.id, text: "Ik weet welke aanpak werkt bij mensen met weinig geld", active: true },
          { id: last.id, text: last.text, active: false },
        ],
        added: "Ik durf door te vragen over geldzorgen",
      }),
    );
    const people: ReturnType<typeof person>[] = [];
    for (let n = 1; n <= 6; n++) people.push(person(n));
    for (const p of people) await inOwn((tx) => addParticipant(tx, coordinator, { pilotId: id, ...p }));
    // the same address twice is refused with its field
    await expect(
      inOwn((tx) => addParticipant(tx, coordinator, { pilotId: id, ...people[0] })),
    ).rejects.toMatchObject({
      code: "INVALID",
      fields: { participantEmail: ["pilots:errors.participantTwice"] },
    });
    expect(people[0].email).toBe(people[0].email.toLowerCase());

    expect(
      await inOwn((tx) => sendQuestionnaires(tx, coordinator, { pilotId: id, moment: "before" })),
    ).toEqual({
      sent: 6,
    });
    // nobody left to send the before-questionnaire to
    await expect(
      inOwn((tx) => sendQuestionnaires(tx, coordinator, { pilotId: id, moment: "before" })),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const tokens = await mailedTokens();
    const mine = people.map((p) => tokens.get(p.email) as string);
    expect(mine.every(Boolean)).toBe(true);

    const shown = await publicQuestionnaire(database.db, mine[0]);
    expect(shown).toMatchObject({
      centreName: "Centrum Meting",
      pilot: "Gemeente Rivierstad",
      moment: "before",
    });
    expect(shown.statements.map((s) => s.text)).toEqual([
      "Ik weet welke aanpak werkt bij mensen met weinig geld",
      defaultStatements[1],
      defaultStatements[2],
      defaultStatements[3],
      "Ik durf door te vragen over geldzorgen",
    ]);
    // a statement left out: INVALID with its field, nothing saved
    const partial = new Map(shown.statements.slice(1).map((s) => [s.id, 3]));
    await expect(answerQuestionnaire(database.db, mine[0], partial)).rejects.toMatchObject({
      code: "INVALID",
      fields: { [`s_${shown.statements[0].id}`]: ["pilots:errors.scoreRequired"] },
    });
    expect((await publicQuestionnaire(database.db, mine[0])).answered).toBe(false);

    for (const token of mine) await answerAll(token, 2);
    // answered twice: refused, nothing changes
    await expect(answerAll(mine[0], 5)).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await publicQuestionnaire(database.db, mine[0])).answered).toBe(true);
    await expect(publicQuestionnaire(database.db, "onbekend-token-onbekend-token")).rejects.toMatchObject({
      code: "NOT_FOUND",
      messageKey: "pilots:public.notFound",
    });

    // an answered statement keeps its words
    await expect(
      inOwn((tx) =>
        saveStatements(tx, coordinator, {
          pilotId: id,
          statements: [{ id: first.id, text: "Iets heel anders", active: true }],
          added: "",
        }),
      ),
    ).rejects.toMatchObject({
      code: "INVALID",
      fields: { [`text_${first.id}`]: ["pilots:errors.answeredStatement"] },
    });

    // after: three answer 4 (fewer than 5: hidden)
    await inOwn((tx) => sendQuestionnaires(tx, coordinator, { pilotId: id, moment: "after" }));
    const afterTokens = await mailedTokens();
    for (const p of people.slice(0, 3)) await answerAll(afterTokens.get(p.email) as string, 4);
    let detail = await inOwn((tx) => pilotDetail(tx, coordinator, id));
    expect(detail.results[0]).toMatchObject({
      before: { value: 2, suppressed: false },
      after: { value: null, suppressed: true },
      change: { value: null, suppressed: true },
      n: { before: { value: 6, suppressed: false }, after: { value: null, suppressed: true } },
    });
    expect(detail.participants.filter((p) => p.states.after === "answered")).toHaveLength(3);

    // a new link for one who did not answer; the old link stops working
    const late = people[3];
    await inOwn((tx) =>
      sendAgain(tx, coordinator, {
        pilotId: id,
        participantId: detail.participants.find((p) => p.email === late.email)?.id as string,
        moment: "after",
      }),
    );
    const newer = (await mailedTokens()).get(late.email) as string;
    expect(newer).not.toBe(afterTokens.get(late.email));
    await expect(
      publicQuestionnaire(database.db, afterTokens.get(late.email) as string),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    for (const token of [newer, afterTokens.get(people[4].email) as string]) await answerAll(token, 5);
    detail = await inOwn((tx) => pilotDetail(tx, coordinator, id));
    // before 2.0 (6), after (4,4,4,5,5) = 4.4 (5): change 2.4
    expect(detail.results[0]).toMatchObject({
      before: { value: 2 },
      after: { value: 4.4, suppressed: false },
      change: { value: 2.4, suppressed: false },
    });

    const sectors = await inOwn((tx) => sectorResults(tx, [grantId], 5));
    const municipalities = sectors.find((s) => s.sector === "gemeenten");
    expect(municipalities?.statements[0]).toMatchObject({ change: { value: 2.4 } });
    expect(JSON.stringify(sectors)).not.toContain("Professional");

    const listed = await inOwn((tx) => listPilots(tx, coordinator));
    expect(listed.find((p) => p.id === id)).toMatchObject({
      participants: 6,
      answeredBefore: 6,
      answeredAfter: 5,
    });

    // the audit log has field names, no personal data
    const audit = await database.db
      .select({ detail: auditLog.detail })
      .from(auditLog)
      .where(eq(auditLog.centreId, centreId));
    expect(JSON.stringify(audit)).not.toContain("Professional 1");
    expect(JSON.stringify(audit)).not.toContain("@example.org");

    // removing a participant takes their answers along
    const before = (await database.db.select().from(pilotAnswers)).length;
    await inOwn((tx) =>
      removeParticipant(tx, coordinator, { pilotId: id, participantId: detail.participants[0].id }),
    );
    expect((await database.db.select().from(pilotAnswers)).length).toBeLessThan(before);
  });

  it("lets the centre set its own starting statements for new pilots; older pilots keep theirs", async () => {
    const before = await inOwn((tx) => createPilot(tx, coordinator, pilot({ name: "Eerder" })));
    expect(await inOwn((tx) => defaultStatementTexts(tx, coordinator))).toEqual({
      texts: [...defaultStatements],
      own: false,
    });
    const form = new FormData();
    form.set("default_2", "Ik weet waar ik mensen met geldzorgen naartoe kan sturen");
    form.set("default_1", "Ik begrijp wat armoede betekent voor iemand");
    form.set("default_3", "");
    const parsed = parseDefaultStatements(form);
    if (!parsed.ok) throw new Error("should parse");
    await inOwn((tx) => saveDefaultStatements(tx, coordinator, parsed.value));
    const { id } = await inOwn((tx) => createPilot(tx, coordinator, pilot({ name: "Later" })));
    expect((await inOwn((tx) => pilotDetail(tx, coordinator, id))).statements.map((s) => s.text)).toEqual([
      "Ik begrijp wat armoede betekent voor iemand",
      "Ik weet waar ik mensen met geldzorgen naartoe kan sturen",
    ]);
    expect((await inOwn((tx) => pilotDetail(tx, coordinator, before.id))).statements).toHaveLength(5);
    // another centre still starts from the built-in ones
    expect(
      (await inCentre(database.db, otherCentreId, (tx) => defaultStatementTexts(tx, otherCoordinator))).own,
    ).toBe(false);
    // nothing left, or too short: refused with the field
    const empty = new FormData();
    empty.set("default_1", "");
    expect(parseDefaultStatements(empty)).toEqual({
      ok: false,
      errors: { default_1: ["pilots:errors.noActiveStatement"] },
    });
    const short = new FormData();
    short.set("default_1", "Kort");
    expect(parseDefaultStatements(short)).toEqual({
      ok: false,
      errors: { default_1: ["validation.required"] },
    });
    await expect(
      inOwn((tx) => saveDefaultStatements(tx, expertActor, ["Een stelling"])),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    // back to the built-in ones for the next tests
    await inOwn((tx) => saveDefaultStatements(tx, coordinator, [...defaultStatements]));
  });

  it("finds a participant in the privacy register by e-mail", async () => {
    const { id } = await inOwn((tx) =>
      createPilot(tx, coordinator, pilot({ name: "Woonstichting Dak", sector: "woningcorporaties" })),
    );
    const p = person(1, "register");
    await inOwn((tx) => addParticipant(tx, coordinator, { pilotId: id, ...p }));
    const found = await collectPersonDataAsOperator(
      database.db,
      { id: centreId, name: "Centrum Meting" },
      p.email.toUpperCase(),
    );
    const rows =
      found.groups.flatMap((g) => g.holdings).find((h) => h.key === "pilotParticipants")?.rows ?? [];
    expect(rows).toEqual([expect.objectContaining({ pilot: "Woonstichting Dak", email: p.email })]);

    // erased: the name and address are gone, the pilot keeps counting the person
    await erasePerson(database.db, centreId, p.email, { centreId, userId: null });
    const left = await inOwn((tx) => pilotDetail(tx, coordinator, id));
    expect(left.participants).toHaveLength(1);
    expect(JSON.stringify(left.participants)).not.toContain(p.email);
    expect(JSON.stringify(left.participants)).not.toContain(p.name);
  });

  it("keeps centres apart, refuses weaker roles and bad input", async () => {
    const { id } = await inOwn((tx) =>
      createPilot(tx, coordinator, pilot({ name: "ROC Noord", sector: "onderwijs" })),
    );
    await expect(
      inCentre(database.db, otherCentreId, (tx) => pilotDetail(tx, otherCoordinator, id)),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await inCentre(database.db, otherCentreId, (tx) => listPilots(tx, otherCoordinator))).toEqual([]);
    await expect(
      inCentre(database.db, otherCentreId, (tx) =>
        addParticipant(tx, otherCoordinator, { pilotId: id, ...person(9) }),
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      inCentre(database.db, otherCentreId, (tx) =>
        sendQuestionnaires(tx, otherCoordinator, { pilotId: id, moment: "before" }),
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // another centre's grant cannot be chosen
    await expect(
      inCentre(database.db, otherCentreId, (tx) => createPilot(tx, otherCoordinator, pilot())),
    ).rejects.toMatchObject({ code: "INVALID", fields: { grantId: ["validation.choose"] } });
    expect(await inCentre(database.db, otherCentreId, (tx) => sectorResults(tx, [grantId], 5))).toEqual([]);

    await expect(inOwn((tx) => listPilots(tx, expertActor))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(inOwn((tx) => createPilot(tx, expertActor, pilot()))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(inOwn((tx) => pilotDetail(tx, expertActor, id))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      inOwn((tx) => sendQuestionnaires(tx, expertActor, { pilotId: id, moment: "before" })),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      inOwn((tx) => updatePilot(tx, expertActor, { ...pilot(), pilotId: id })),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    const bad = pilotInput.safeParse({
      grantId: "x",
      sector: "ruimtevaart",
      name: "",
      startsOn: "2026-09-01",
      endsOn: "2026-08-01",
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join("."))).toEqual(
      expect.arrayContaining(["grantId", "sector", "name"]),
    );
    const dates = pilotInput.safeParse({
      grantId,
      sector: "gemeenten",
      name: "Pilot",
      startsOn: "2026-09-01",
      endsOn: "2026-08-01",
    });
    expect(dates.error?.issues[0]).toMatchObject({ path: ["endsOn"], message: "validation.endBeforeStart" });
    expect(participantInput.safeParse({ participantName: "A", participantEmail: "geen-adres" }).success).toBe(
      false,
    );
    // nobody to send to yet: CONFLICT, nothing half-saved
    await expect(
      inOwn((tx) => sendQuestionnaires(tx, coordinator, { pilotId: id, moment: "before" })),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "pilots:errors.nobodyToSend" });
  });
});
