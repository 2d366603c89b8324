import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre, type Tx } from "~/db/client.server";
import type { Actor } from "~/modules/accounts/actor";
import { createCentre } from "~/modules/centres/create-centre.server";
import { createTestDatabase } from "~/test/database";
import { insertActor, insertCentre, insertClient } from "~/test/factories";
import {
  activeChecklistItems,
  addChecklistItem,
  archiveChecklistItem,
  saveChecklist,
} from "./checklist.server";
import { type NewEmployerInput, newEmployerInput } from "./input";
import { employerDetail, listEmployers, overdueEmployerSteps, stageCounts } from "./queries.server";
import { createEmployer, moveEmployer, updateEmployer } from "./save-employer.server";

let database: Database;
let coordinator: Actor;
let centreId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  const centre = await createCentre(database.db, {
    centreName: "Centrum Werk",
    slug: `werk-${crypto.randomUUID().slice(0, 6)}`,
  });
  centreId = centre.id;
  coordinator = await insertActor(database.db, centre.id, "coordinator", "Carla Coördinator");
});
afterAll(() => database.close());

const inOwn = <T>(fn: (tx: Tx) => Promise<T>) => inCentre(database.db, centreId, fn);
const employer = (overrides: Partial<NewEmployerInput> = {}) =>
  newEmployerInput.parse({
    name: `Woonstichting ${crypto.randomUUID().slice(0, 6)}`,
    sector: "housing",
    ...overrides,
  });

describe("employers", () => {
  it("follows an employer from the first information to an expert at work, with who moved it and when", async () => {
    const { id } = await inOwn((tx) => createEmployer(tx, coordinator, employer({ stage: "informed" })));
    await inOwn((tx) =>
      moveEmployer(tx, coordinator, {
        employerId: id,
        stage: "considering",
        note: "Na de informatiebijeenkomst",
        nextAction: "Bellen over de functie",
        nextActionOn: "2026-12-10",
      }),
    );
    const { employer: row, history } = await inOwn((tx) => employerDetail(tx, coordinator, id));
    expect(row).toMatchObject({
      stage: "considering",
      nextAction: "Bellen over de functie",
      nextActionOn: "2026-12-10",
    });
    expect(history.map((h) => [h.fromStage, h.toStage, h.byName])).toEqual([
      ["informed", "considering", "Carla Coördinator"],
      [null, "informed", "Carla Coördinator"],
    ]);
    const counts = await inOwn((tx) => stageCounts(tx, coordinator));
    expect(counts.considering).toBeGreaterThanOrEqual(1);
  });

  it("refuses a second employer with the same name and a client of another centre, and saves nothing", async () => {
    const name = `Gemeente ${crypto.randomUUID().slice(0, 6)}`;
    await inOwn((tx) => createEmployer(tx, coordinator, employer({ name })));
    await expect(inOwn((tx) => createEmployer(tx, coordinator, employer({ name })))).rejects.toMatchObject({
      code: "CONFLICT",
      fields: { name: ["employers:errors.nameTaken"] },
    });
    const other = await insertCentre(database.db);
    const foreign = await insertClient(database.db, other.id);
    const second = `Bedrijf ${crypto.randomUUID().slice(0, 6)}`;
    await expect(
      inOwn((tx) => createEmployer(tx, coordinator, employer({ name: second, clientId: foreign.id }))),
    ).rejects.toMatchObject({ code: "INVALID" });
    const rows = await inOwn((tx) => listEmployers(tx, coordinator, { search: second }, "2026-12-02"));
    expect(rows).toEqual([]);
  });

  it("keeps the checklist with the default steps, and records who changed a step only when it changed", async () => {
    const { id } = await inOwn((tx) => createEmployer(tx, coordinator, employer({ stage: "implementing" })));
    const items = await inOwn((tx) => activeChecklistItems(tx));
    expect(items.map((i) => i.key)).toEqual([
      "job_profile",
      "contract_type",
      "pay_scale",
      "supervisor",
      "intervisie_room",
      "colleagues_prepared",
      "evaluation_moment",
    ]);
    const room = items.find((i) => i.key === "intervisie_room")!;
    const profile = items.find((i) => i.key === "job_profile")!;
    const steps = new Map([
      [profile.id, { state: "done" as const, note: "Functieprofiel is klaar", dueOn: undefined }],
      [room.id, { state: "no" as const, note: "Alleen buiten werktijd", dueOn: undefined }],
    ]);
    expect(await inOwn((tx) => saveChecklist(tx, coordinator, id, steps))).toEqual({ changed: 2 });
    expect(await inOwn((tx) => saveChecklist(tx, coordinator, id, steps))).toEqual({ changed: 0 });
    const { checklist } = await inOwn((tx) => employerDetail(tx, coordinator, id));
    expect(checklist.find((s) => s.key === "intervisie_room")).toMatchObject({
      state: "no",
      note: "Alleen buiten werktijd",
      changedByName: "Carla Coördinator",
    });
    expect(checklist.find((s) => s.key === "pay_scale")).toMatchObject({
      state: "open",
      changedByName: null,
    });
    const listed = await inOwn((tx) =>
      listEmployers(tx, coordinator, { stage: "implementing" }, "2026-12-02"),
    );
    expect(listed.find((e) => e.id === id)).toMatchObject({ done: 1, steps: 7 });

    // the centre's own step joins the list; an archived one leaves it
    const own = await inOwn((tx) => addChecklistItem(tx, coordinator, "Werkplek ingericht"));
    await expect(
      inOwn((tx) => addChecklistItem(tx, coordinator, "werkplek ingericht")),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await inOwn((tx) => archiveChecklistItem(tx, coordinator, profile.id));
    const after = (await inOwn((tx) => activeChecklistItems(tx))).map((i) => i.id);
    expect(after).toContain(own.id);
    expect(after).not.toContain(profile.id);
    await inOwn((tx) => archiveChecklistItem(tx, coordinator, own.id));
    await inOwn((tx) => addChecklistItem(tx, coordinator, "Werkplek ingericht")); // brought back
    expect((await inOwn((tx) => activeChecklistItems(tx))).map((i) => i.id)).toContain(own.id);
  });

  it("shows overdue next actions and open steps past their date, not those of finished employers", async () => {
    const late = await inOwn((tx) =>
      createEmployer(tx, coordinator, employer({ nextAction: "Offerte sturen", nextActionOn: "2026-11-20" })),
    );
    const stopped = await inOwn((tx) =>
      createEmployer(
        tx,
        coordinator,
        employer({ stage: "stopped", nextAction: "Niets", nextActionOn: "2026-11-01" }),
      ),
    );
    const [item] = await inOwn((tx) => activeChecklistItems(tx));
    await inOwn((tx) =>
      saveChecklist(
        tx,
        coordinator,
        late.id,
        new Map([[item.id, { state: "open", dueOn: "2026-11-25", note: "" }]]),
      ),
    );
    const { actions, steps } = await inOwn((tx) => overdueEmployerSteps(tx, coordinator, "2026-12-02"));
    expect(actions.map((a) => a.employerId)).toContain(late.id);
    expect(actions.map((a) => a.employerId)).not.toContain(stopped.id);
    expect(steps.find((s) => s.employerId === late.id)).toMatchObject({ dueOn: "2026-11-25" });
    const listed = await inOwn((tx) => listEmployers(tx, coordinator, {}, "2026-12-02"));
    expect(listed.find((e) => e.id === late.id)?.overdue).toBe(true);
    expect(listed.find((e) => e.id === stopped.id)?.overdue).toBe(false);
  });

  it("another centre sees and changes nothing, and an expert or client contact may not look", async () => {
    const { id } = await inOwn((tx) => createEmployer(tx, coordinator, employer()));
    const other = await insertCentre(database.db);
    const stranger = await insertActor(database.db, other.id, "admin");
    const inOther = <T>(fn: (tx: Tx) => Promise<T>) => inCentre(database.db, other.id, fn);
    expect(await inOther((tx) => listEmployers(tx, stranger, {}, "2026-12-02"))).toEqual([]);
    await expect(inOther((tx) => employerDetail(tx, stranger, id))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      inOther((tx) => updateEmployer(tx, stranger, { ...employer(), employerId: id })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      inOther((tx) =>
        moveEmployer(tx, stranger, { employerId: id, stage: "stopped", note: "", nextAction: "" }),
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const role of ["expert", "client_contact", "funder"] as const) {
      const weak = await insertActor(database.db, centreId, role);
      await expect(inOwn((tx) => listEmployers(tx, weak, {}, "2026-12-02"))).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(inOwn((tx) => createEmployer(tx, weak, employer()))).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
  });
});
