import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre } from "~/db/client.server";
import { createTestDatabase } from "~/test/database";
import { insertActor, insertCentre } from "~/test/factories";
import { auditEntityOptions, listAudit } from "./queries.server";
import { recordAudit } from "./record.server";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe("the audit page", () => {
  it("shows the centre's own trail, newest first, with who did it, filtered and paged", async () => {
    const centre = await insertCentre(database.db);
    const other = await insertCentre(database.db);
    const coordinator = await insertActor(database.db, centre.id, "coordinator", "Cor Coördinator");
    const otherAdmin = await insertActor(database.db, other.id, "admin");
    const expertId = crypto.randomUUID();
    // one transaction per line: lines of one transaction share their time
    const lines = [
      { action: "update", entity: "expert", entityId: expertId, detail: { fields: ["phone"] } },
      { action: "read_private", entity: "expert", entityId: expertId },
      { action: "export", entity: "expert", detail: { what: "pool", format: "xlsx" } },
    ] as const;
    for (const line of lines)
      await inCentre(database.db, centre.id, (tx) => recordAudit(tx, coordinator, line));
    await inCentre(database.db, other.id, (tx) =>
      recordAudit(tx, otherAdmin, { action: "export", entity: "request", detail: { what: "requests" } }),
    );

    const all = await inCentre(database.db, centre.id, (tx) => listAudit(tx, coordinator, {}));
    expect(all.total).toBe(3);
    expect(all.entries.map((e) => e.action)).toEqual(["export", "read_private", "update"]);
    expect(all.entries[0]).toMatchObject({
      userName: "Cor Coördinator",
      other: ["what: pool", "format: xlsx"],
    });
    expect(all.entries[2].fields).toEqual(["phone"]);

    const reads = await inCentre(database.db, centre.id, (tx) =>
      listAudit(tx, coordinator, { action: "read_private" }),
    );
    expect(reads.entries).toHaveLength(1);
    const one = await inCentre(database.db, centre.id, (tx) =>
      listAudit(tx, coordinator, { entity: "expert", entityId: expertId }),
    );
    expect(one.total).toBe(2);
    const page2 = await inCentre(database.db, centre.id, (tx) => listAudit(tx, coordinator, { page: 2 }));
    expect(page2.entries).toEqual([]);

    await inCentre(database.db, other.id, (tx) =>
      recordAudit(tx, otherAdmin, { action: "create", entity: "webinar" }),
    );
    const kinds = await inCentre(database.db, centre.id, (tx) => auditEntityOptions(tx, coordinator));
    expect(kinds).toContain("expert");
    expect(kinds).not.toContain("webinar");
    expect(await inCentre(database.db, other.id, (tx) => auditEntityOptions(tx, otherAdmin))).toContain(
      "webinar",
    );

    const theirs = await inCentre(database.db, other.id, (tx) => listAudit(tx, otherAdmin, {}));
    expect(theirs.entries.map((e) => e.action)).toEqual(["create", "export"]);
  });

  it("is refused to client contacts and experts", async () => {
    const centre = await insertCentre(database.db);
    for (const role of ["client_contact", "expert"] as const) {
      const actor = await insertActor(database.db, centre.id, role);
      await expect(inCentre(database.db, centre.id, (tx) => listAudit(tx, actor, {}))).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
  });
});
