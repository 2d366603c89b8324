import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre, type Tx } from "~/db/client.server";
import { withholdNotes } from "~/modules/pool/profile.server";
import { createTestDatabase } from "~/test/database";
import { insertActor, insertCentre, insertExpertWithLogin } from "~/test/factories";
import { withholdInput } from "./input";
import { collectOwnData } from "./person-data.server";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const expertRow = async (db: Database["db"], actor: Parameters<typeof collectOwnData>[1]) => {
  const data = await collectOwnData(db, actor);
  return data.groups.flatMap((g) => g.holdings).find((h) => h.key === "expert")?.rows[0] ?? {};
};

describe("withholding the coordinators' notes", () => {
  it("shows the expert that notes are withheld and why, never the notes, until they are shown again", async () => {
    const db = database.db;
    const centre = await insertCentre(db);
    const inOwn = <T>(fn: (tx: Tx) => Promise<T>) => inCentre(db, centre.id, fn);
    const coordinator = await insertActor(db, centre.id, "coordinator");
    const { actor, expert } = await insertExpertWithLogin(db, centre.id, {
      privateNotes: "Haar buurman belde over haar.",
    });
    const person = { ...actor, centreName: "Centrum" };
    expect((await expertRow(db, person)).privateNotes).toBe("Haar buurman belde over haar.");

    const parsed = withholdInput.parse({
      withholdReason: "othersRights",
      withholdExplanation: "Er staat iets in over iemand anders.",
    });
    const input = { reason: parsed.withholdReason, explanation: parsed.withholdExplanation };
    await expect(inOwn((tx) => withholdNotes(tx, actor, expert.id, input))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const other = await insertCentre(db);
    const stranger = await insertActor(db, other.id, "coordinator");
    await expect(
      inCentre(db, other.id, (tx) => withholdNotes(tx, stranger, expert.id, input)),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await inOwn((tx) => withholdNotes(tx, coordinator, expert.id, input));
    const withheld = await expertRow(db, person);
    expect(withheld).toMatchObject({
      privateNotes: null,
      notesWithheld: "othersRights",
      notesWithheldText: "Er staat iets in over iemand anders.",
    });
    expect(JSON.stringify(await collectOwnData(db, person))).not.toContain("buurman");

    await inOwn((tx) => withholdNotes(tx, coordinator, expert.id, null));
    expect((await expertRow(db, person)).privateNotes).toBe("Haar buurman belde over haar.");
  });

  it("asks for a reason and an explanation", () => {
    const parsed = withholdInput.safeParse({ withholdReason: "", withholdExplanation: "kort" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path[0])).toEqual(["withholdReason", "withholdExplanation"]);
  });
});
