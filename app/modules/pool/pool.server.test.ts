import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre } from "~/db/client.server";
import { areas, auditLog, expertAvailability, experts, expertThemes, themes, workForms } from "~/db/schema";
import { parseForm } from "~/lib/forms.server";
import type { Actor } from "~/modules/accounts/actor";
import { createTestDatabase } from "~/test/database";
import { insertActor, insertCentre, insertExpert } from "~/test/factories";
import { addAbsence, changeExpertStatus, removeAbsence } from "./absences.server";
import { type ExpertInput, expertInput, filtersFrom } from "./input";
import { expertOptions, listThemes } from "./lists.server";
import { expertProfile, readPrivateNotes } from "./profile.server";
import { expertForEdit, listExperts } from "./queries.server";
import { createExpert, updateExpert } from "./save-expert.server";

let database: Database;
let centreId: string;
let coordinator: Actor;
let themeIds: { debts: string; generations: string };
let formId: string;
let areaId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const centre = await insertCentre(database.db);
  centreId = centre.id;
  coordinator = await insertActor(database.db, centreId, "coordinator");
  const [debts, generations] = await database.db
    .insert(themes)
    .values([
      { centreId, name: "schulden" },
      { centreId, name: "generatiearmoede" },
    ])
    .returning({ id: themes.id });
  themeIds = { debts: debts.id, generations: generations.id };
  [{ id: formId }] = await database.db
    .insert(workForms)
    .values({ centreId, name: "workshop" })
    .returning({ id: workForms.id });
  [{ id: areaId }] = await database.db
    .insert(areas)
    .values({ centreId, name: "Utrecht", province: "Utrecht" })
    .returning({ id: areas.id });
});
afterAll(() => database.close());

const run = <T>(fn: Parameters<typeof inCentre<T>>[2], centre = centreId) =>
  inCentre(database.db, centre, fn);

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

function input(overrides: Partial<ExpertInput> = {}): ExpertInput {
  return expertInput.parse({
    firstName: "Fatima",
    lastName: "El Amrani",
    status: "active",
    themeIds: [themeIds.debts],
    workFormIds: [formId],
    areaIds: [areaId],
    availability: ["1-morning", "3-evening"],
    profileText: "Vertelt over schulden en over hulp vragen.",
    privateNotes: "Liever geen opdrachten op vrijdag.",
    acceptsOnline: true,
    ...overrides,
  });
}

describe("saving an expert", () => {
  it("stores the expert with themes, forms of work, areas and availability, and an audit line", async () => {
    const { id } = await run((tx) =>
      createExpert(tx, coordinator, input({ languages: "Nederlands, Arabisch" })),
    );
    const [row] = await database.db.select().from(experts).where(eq(experts.id, id));
    expect(row.languages).toEqual(["Nederlands", "Arabisch"]);
    const slots = await database.db
      .select()
      .from(expertAvailability)
      .where(eq(expertAvailability.expertId, id));
    expect(slots.map((s) => `${s.weekday}-${s.dayPart}`).sort()).toEqual(["1-morning", "3-evening"]);
    const profile = await run((tx) => expertProfile(tx, coordinator, id));
    expect(profile.themes).toEqual(["schulden"]);
    expect(profile.workForms).toEqual(["workshop"]);
    expect(profile.areas).toEqual(["Utrecht"]);
    const [line] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, "create")));
    expect((line.detail as { fields: string[] }).fields).toContain("themeIds");
    expect(JSON.stringify(line.detail)).not.toContain("Fatima");
  });

  it("on update replaces the links and names the changed fields in the audit line", async () => {
    const { id } = await run((tx) => createExpert(tx, coordinator, input()));
    const result = await run((tx) =>
      updateExpert(tx, coordinator, {
        ...input({ themeIds: [themeIds.generations], phone: "06 1234 5678" }),
        id,
      }),
    );
    expect(result.changed.sort()).toEqual(["phone", "themeIds"]);
    const links = await database.db.select().from(expertThemes).where(eq(expertThemes.expertId, id));
    expect(links.map((l) => l.themeId)).toEqual([themeIds.generations]);
  });

  it("saves nothing when a link fails halfway (one transaction)", async () => {
    const before = await database.db.select({ id: experts.id }).from(experts);
    const other = await insertCentre(database.db);
    const [foreignTheme] = await database.db
      .insert(themes)
      .values({ centreId: other.id, name: "van een ander" })
      .returning({ id: themes.id });
    await expect(
      run((tx) => createExpert(tx, coordinator, input({ themeIds: [themeIds.debts, foreignTheme.id] }))),
    ).rejects.toMatchObject({ code: "INVALID", fields: { themeIds: ["validation.invalid"] } });
    const after = await database.db.select({ id: experts.id }).from(experts);
    expect(after).toHaveLength(before.length);
  });

  it("gives Dutch message keys for a missing name and a wrong e-mail address", () => {
    const result = expertInput.safeParse({ firstName: "", lastName: "X", status: "active", email: "nee" });
    expect(result.success).toBe(false);
    const issues = result.error?.issues.map((i) => `${i.path.join(".")}:${i.message}`);
    expect(issues).toContain("firstName:pool:errors.firstNameRequired");
    expect(issues).toContain("email:validation.email");
  });

  it("an expert or a client contact may not add or read experts", async () => {
    for (const role of ["expert", "client_contact"] as const) {
      const actor = await insertActor(database.db, centreId, role);
      await expect(run((tx) => createExpert(tx, actor, input()))).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(
        run((tx) => listExperts(tx, actor, filtersFrom(new URL("http://x/pool")))),
      ).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
  });
});

describe("finding experts", () => {
  let centre: string;
  let actor: Actor;
  let theme: string;
  beforeAll(async () => {
    centre = (await insertCentre(database.db)).id;
    actor = await insertActor(database.db, centre, "admin");
    [{ id: theme }] = await database.db
      .insert(themes)
      .values({ centreId: centre, name: "laaggeletterdheid" })
      .returning({ id: themes.id });
    const a = await insertExpert(database.db, centre, {
      firstName: "Joke",
      lastName: "Bakker",
      profileText: "Zij geeft lezingen over schulden bij jongeren.",
    });
    await insertExpert(database.db, centre, { firstName: "Piet", lastName: "Smit", status: "paused" });
    await database.db.insert(expertThemes).values({ centreId: centre, expertId: a.id, themeId: theme });
    await database.db
      .insert(expertAvailability)
      .values({ centreId: centre, expertId: a.id, weekday: 2, dayPart: "afternoon" });
    for (let i = 0; i < 55; i++)
      await insertExpert(database.db, centre, {
        firstName: "Extra",
        lastName: `Z${String(i).padStart(2, "0")}`,
      });
  });
  const find = (query: string) =>
    run((tx) => listExperts(tx, actor, filtersFrom(new URL(`http://x/pool?${query}`))), centre);

  it("searches on name and profile text, Dutch words included", async () => {
    expect((await find("q=joke+bak")).rows.map((r) => r.name)).toEqual(["Joke Bakker"]);
    expect((await find("q=lezingen")).total).toBe(1);
    // Dutch stemming: "lezing" finds "lezingen"
    expect((await find("q=lezing")).rows.map((r) => r.name)).toEqual(["Joke Bakker"]);
  });

  it("filters on status, theme and weekday, and counts", async () => {
    expect((await find("status=paused")).rows.map((r) => r.name)).toEqual(["Piet Smit"]);
    const byTheme = await find(`theme=${theme}`);
    expect(byTheme.rows.map((r) => r.name)).toEqual(["Joke Bakker"]);
    expect(byTheme.rows[0].themes).toEqual(["laaggeletterdheid"]);
    expect((await find("weekday=2")).total).toBe(1);
    expect((await find("weekday=3")).total).toBe(0);
  });

  it("pages by 50", async () => {
    const first = await find("");
    expect(first.total).toBe(57);
    expect(first.pages).toBe(2);
    expect(first.rows).toHaveLength(50);
    const second = await find("page=2");
    expect(second.rows).toHaveLength(7);
    expect(second.page).toBe(2);
    // an old link past the last page shows the last page, with the same count
    const past = await find("page=9");
    expect([past.page, past.pages, past.total, past.rows.length]).toEqual([2, 2, 57, 7]);
    expect((await find("page=9&q=nobody-is-called-this")).rows).toEqual([]);
  });

  it("another centre sees none of them", async () => {
    const other = await insertActor(database.db, centreId, "coordinator");
    const result = await run((tx) => listExperts(tx, other, filtersFrom(new URL("http://x/pool?q=Joke"))));
    expect(result.total).toBe(0);
    const [joke] = await database.db
      .select({ id: experts.id })
      .from(experts)
      .where(eq(experts.firstName, "Joke"));
    await expect(run((tx) => expertProfile(tx, other, joke.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(run((tx) => readPrivateNotes(tx, other, joke.id))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("private notes, absences and status", () => {
  it("writes an audit line every time private notes are shown, and the profile does not hold them", async () => {
    const { id } = await run((tx) => createExpert(tx, coordinator, input()));
    const profile = await run((tx) => expertProfile(tx, coordinator, id));
    expect(JSON.stringify(profile)).not.toContain("vrijdag");
    expect(await run((tx) => readPrivateNotes(tx, coordinator, id))).toBe(
      "Liever geen opdrachten op vrijdag.",
    );
    await run((tx) => readPrivateNotes(tx, coordinator, id));
    await run((tx) => expertForEdit(tx, coordinator, id));
    const lines = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, "read_private")));
    expect(lines).toHaveLength(3);
    expect(lines.every((l) => l.userId === coordinator.userId)).toBe(true);
    const expert = await insertActor(database.db, centreId, "expert");
    await expect(run((tx) => readPrivateNotes(tx, expert, id))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("adds and removes an absence, and changes the status", async () => {
    const { id } = await run((tx) => createExpert(tx, coordinator, input()));
    const absence = await run((tx) =>
      addAbsence(tx, coordinator, {
        expertId: id,
        startsOn: "2026-12-20",
        endsOn: "2027-01-03",
        reason: "vakantie",
      }),
    );
    let profile = await run((tx) => expertProfile(tx, coordinator, id));
    expect(profile.absences).toEqual([
      { id: absence.id, startsOn: "2026-12-20", endsOn: "2027-01-03", reason: "vakantie" },
    ]);
    await run((tx) => removeAbsence(tx, coordinator, { expertId: id, absenceId: absence.id }));
    await run((tx) => changeExpertStatus(tx, coordinator, { expertId: id, status: "paused" }));
    profile = await run((tx) => expertProfile(tx, coordinator, id));
    expect(profile.absences).toEqual([]);
    expect(profile.status).toBe("paused");
    expect((await run((tx) => expertOptions(tx))).some((o) => o.id === id)).toBe(false);
  });

  it("shares the centre's lists with other modules", async () => {
    const list = await run((tx) => listThemes(tx));
    expect(list.map((t) => t.name)).toEqual(["generatiearmoede", "schulden"]);
  });

  it("reads the form the way the browser sends it: one checkbox, an unticked box, a number", () => {
    const parsed = parseForm(
      form({
        firstName: "Anna",
        lastName: "de Boer",
        status: "certified",
        themeIds: themeIds.debts,
        availability: "2-evening",
        maxTravelKm: "25",
        email: "",
      }),
      expertInput,
    );
    expect(parsed.ok && parsed.value).toMatchObject({
      themeIds: [themeIds.debts],
      availability: ["2-evening"],
      maxTravelKm: 25,
      acceptsOnline: false,
      email: undefined,
    });
    const wrong = parseForm(
      form({ firstName: "", lastName: "B", status: "x", maxTravelKm: "-3" }),
      expertInput,
    );
    expect(wrong.ok ? {} : wrong.result.errors).toMatchObject({
      firstName: ["pool:errors.firstNameRequired"],
      status: ["validation.choose"],
      maxTravelKm: ["pool:errors.travelKm"],
    });
  });
});
