import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre, type Tx } from "~/db/client.server";
import { readPrivateNotes } from "~/modules/pool/profile.server";
import { createTestDatabase } from "~/test/database";
import { insertActor, insertCentre, insertExpertWithLogin } from "~/test/factories";
import { readReasonInput } from "./input";
import { readReasonAsked, setReadReason } from "./read-reason.server";
import { readsOfOwnRecords } from "./reads.server";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe("a reason for reading private notes", () => {
  it("is asked when the centre chooses so, and the expert sees the reader's reason", async () => {
    const db = database.db;
    const centre = await insertCentre(db);
    const inOwn = <T>(fn: (tx: Tx) => Promise<T>) => inCentre(db, centre.id, fn);
    const coordinator = await insertActor(db, centre.id, "coordinator", "Carla Coördinator");
    const { actor, expert } = await insertExpertWithLogin(db, centre.id, {
      privateNotes: "Liever geen avonden.",
    });
    expect(await inOwn((tx) => readReasonAsked(tx, centre.id))).toBe(false);
    await expect(inOwn((tx) => setReadReason(tx, actor, true))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await inOwn((tx) => setReadReason(tx, coordinator, true));
    expect(await inOwn((tx) => readReasonAsked(tx, centre.id))).toBe(true);
    // another centre's choice is its own
    const other = await insertCentre(db);
    expect(await inCentre(db, other.id, (tx) => readReasonAsked(tx, other.id))).toBe(false);

    await inOwn((tx) => readPrivateNotes(tx, coordinator, expert.id, "Planning van de inzet in januari"));
    const reads = await inOwn((tx) => readsOfOwnRecords(tx, actor));
    expect(reads).toEqual([
      expect.objectContaining({
        reader: "Carla Coördinator",
        kind: "privateNotes",
        reason: "Planning van de inzet in januari",
      }),
    ]);
  });

  it("refuses a reason of less than five characters", () => {
    expect(readReasonInput.safeParse("ok").success).toBe(false);
    expect(readReasonInput.safeParse("  Intake voorbereiden ").data).toBe("Intake voorbereiden");
  });
});
