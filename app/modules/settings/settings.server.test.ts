import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre } from "~/db/client.server";
import { areas, auditLog, expertAreas, themes } from "~/db/schema";
import type { Actor } from "~/modules/accounts/actor";
import { listAreas, listThemes, listWorkForms } from "~/modules/pool/lists.server";
import { createTestDatabase } from "~/test/database";
import { insertActor, insertCentre, insertExpert } from "~/test/factories";
import { addArea, areasWithUse, removeArea, updateArea } from "./areas.server";
import { areaInput } from "./input";
import { addListItem, renameListItem, setListItemActive } from "./lists.server";

let database: Database;
let actor: Actor;
const run = <T>(fn: Parameters<typeof inCentre<T>>[2], centre = actor.centreId) =>
  inCentre(database.db, centre, fn);

beforeAll(async () => {
  database = await createTestDatabase();
  const centre = await insertCentre(database.db);
  actor = await insertActor(database.db, centre.id, "coordinator");
});
afterAll(() => database.close());

describe("the centre's lists", () => {
  it("adds, renames and switches off a theme, with audit lines", async () => {
    const { id } = await run((tx) => addListItem(tx, actor, { kind: "theme", name: "wonen" }));
    await run((tx) => renameListItem(tx, actor, { kind: "theme", id, name: "wonen en huur" }));
    await run((tx) => setListItemActive(tx, actor, { kind: "theme", id, active: false }));
    expect(await run((tx) => listThemes(tx))).toEqual([{ id, name: "wonen en huur", active: false }]);
    const lines = await database.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(lines.map((l) => l.action).sort()).toEqual(["create", "update", "update"]);
  });

  it("refuses a name that is already on the list (any capitals)", async () => {
    await run((tx) => addListItem(tx, actor, { kind: "workForm", name: "Lezing" }));
    await expect(
      run((tx) => addListItem(tx, actor, { kind: "workForm", name: "lezing" })),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      fields: { name: ["settings:errors.nameTaken"] },
    });
    expect((await run((tx) => listWorkForms(tx))).map((w) => w.name)).toEqual(["Lezing"]);
  });

  it("keeps areas with a centre point in micro-degrees and removes only unused ones", async () => {
    const input = areaInput.parse({
      name: "Nijmegen",
      province: "Gelderland",
      latitude: 51.8126,
      longitude: 5.8372,
    });
    const { id } = await run((tx) => addArea(tx, actor, input));
    expect(await run((tx) => listAreas(tx))).toEqual([
      { id, name: "Nijmegen", province: "Gelderland", latE6: 51812600, lonE6: 5837200 },
    ]);
    await run((tx) => updateArea(tx, actor, { ...input, name: "Gemeente Nijmegen", id }));
    const expert = await insertExpert(database.db, actor.centreId);
    await database.db
      .insert(expertAreas)
      .values({ centreId: actor.centreId, expertId: expert.id, areaId: id });
    expect((await run((tx) => areasWithUse(tx, actor)))[0]).toMatchObject({
      name: "Gemeente Nijmegen",
      uses: 1,
    });
    await expect(run((tx) => removeArea(tx, actor, { id }))).rejects.toMatchObject({ code: "CONFLICT" });
    await database.db.delete(expertAreas).where(eq(expertAreas.areaId, id));
    await run((tx) => removeArea(tx, actor, { id }));
    expect(await run((tx) => listAreas(tx))).toEqual([]);
  });

  it("asks for both coordinates or none", () => {
    const result = areaInput.safeParse({ name: "Ede", latitude: 52 });
    expect(result.error?.issues.map((i) => i.message)).toEqual(["settings:errors.bothCoordinates"]);
  });

  it("another centre cannot change or see the lists", async () => {
    const [theme] = await database.db
      .insert(themes)
      .values({ centreId: actor.centreId, name: "eigen thema" })
      .returning({ id: themes.id });
    const other = await insertActor(database.db, (await insertCentre(database.db)).id, "admin");
    await expect(
      run(
        (tx) => renameListItem(tx, other, { kind: "theme", id: theme.id, name: "overgenomen" }),
        other.centreId,
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await run((tx) => listThemes(tx), other.centreId)).toEqual([]);
    const [area] = await database.db
      .insert(areas)
      .values({ centreId: actor.centreId, name: "Arnhem" })
      .returning({ id: areas.id });
    await expect(run((tx) => removeArea(tx, other, { id: area.id }), other.centreId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("an expert or a client contact gets FORBIDDEN", async () => {
    for (const role of ["expert", "client_contact"] as const) {
      const weaker = await insertActor(database.db, actor.centreId, role);
      await expect(
        run((tx) => addListItem(tx, weaker, { kind: "theme", name: "mag niet" })),
      ).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(run((tx) => areasWithUse(tx, weaker))).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
