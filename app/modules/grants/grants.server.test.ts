import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre, type Tx } from "~/db/client.server";
import { auditLog, cohorts, grantFunders, memberships, user } from "~/db/schema";
import { parseForm } from "~/lib/forms.server";
import type { Actor } from "~/modules/accounts/actor";
import { pilotDetail } from "~/modules/pilots/queries.server";
import { defaultStatements } from "~/modules/pilots/values";
import { createTestDatabase } from "~/test/database";
import { insertActor, insertCentre } from "~/test/factories";
import { addFunder } from "./funders.server";
import { euroToCents, grantInput } from "./input";
import { grantDetail, listGrants, visibleGrants } from "./queries.server";
import { addPilot, createGrant, setGrantCohorts, setTarget, updateGrant } from "./save-grant.server";

let database: Database;
let centreId: string;
let coordinator: Actor;

beforeAll(async () => {
  database = await createTestDatabase();
  centreId = (await insertCentre(database.db)).id;
  coordinator = await insertActor(database.db, centreId, "coordinator");
});
afterAll(() => database.close());

const run = <T>(fn: (tx: Tx) => Promise<T>, centre = centreId) => inCentre(database.db, centre, fn);
const scopeOf = (actor: Actor) => ({
  ...actor,
  db: database.db,
  run: <T>(fn: (tx: Tx) => Promise<T>) => run(fn, actor.centreId),
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

const valid = {
  name: "Samen werken met ervaring",
  funderName: "Provincie Groningen",
  amount: "250.000",
  startsOn: "2025-01-01",
  endsOn: "2026-12-31",
  province: "Groningen",
};

describe("grant input", () => {
  it("reads euros the Dutch way into cents", () => {
    expect(euroToCents("250.000")).toBe(25_000_000);
    expect(euroToCents("250000,50")).toBe(25_000_050);
    expect(euroToCents("€ 1.250,5")).toBe(125_050);
    expect(euroToCents("veel")).toBeNull();
  });

  it("shows Dutch messages next to a wrong amount and an end before the start", () => {
    const parsed = parseForm(form({ ...valid, amount: "veel", endsOn: "2024-01-01" }), grantInput);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.result.errors.amount).toEqual(["grants:errors.amount"]);
  });
});

describe("grants", () => {
  it("creates a grant with targets, pilots and cohorts, each change in the audit log", async () => {
    const parsed = parseForm(form(valid), grantInput);
    if (!parsed.ok) throw new Error("invalid");
    const { id } = await run((tx) => createGrant(tx, coordinator, parsed.value));
    await run((tx) => setTarget(tx, coordinator, id, { metric: "trained", target: 40 }));
    await run((tx) => setTarget(tx, coordinator, id, { metric: "trained", target: 44 }));
    await run((tx) => addPilot(tx, coordinator, id, { sector: "onderwijs", pilotName: "ROC Friese Poort" }));
    const [a, b] = await database.db
      .insert(cohorts)
      .values([
        { centreId, name: "Keuzedeel 2025", startsOn: "2025-01-01", endsOn: "2025-10-31" },
        { centreId, name: "Keuzedeel 2026", startsOn: "2026-01-01", endsOn: "2026-10-31" },
      ])
      .returning({ id: cohorts.id });
    await run((tx) => setGrantCohorts(tx, coordinator, id, [a.id, b.id]));
    await run((tx) => setGrantCohorts(tx, coordinator, id, [b.id]));
    await run((tx) => updateGrant(tx, coordinator, id, { ...parsed.value, name: "Samen werken 2" }));

    const detail = await run((tx) => grantDetail(tx, coordinator, id));
    expect(detail.grant).toMatchObject({
      name: "Samen werken 2",
      amountCents: 25_000_000,
      province: "Groningen",
    });
    expect(detail.targets).toEqual([{ metric: "trained", target: 44 }]);
    expect(detail.pilots.map((p) => p.name)).toEqual(["ROC Friese Poort"]);
    // a pilot added here starts its measurement with the standard statements
    const measured = await run((tx) => pilotDetail(tx, coordinator, detail.pilots[0].id));
    expect(measured.statements.map((s) => s.text)).toEqual([...defaultStatements]);
    expect(detail.cohorts.map((c) => c.name)).toEqual(["Keuzedeel 2026"]);
    expect(detail.allCohorts.find((c) => c.id === a.id)?.inGrant).toBe(false);
    const entities = (
      await database.db
        .select({ entity: auditLog.entity })
        .from(auditLog)
        .where(eq(auditLog.centreId, centreId))
    ).map((r) => r.entity);
    expect(entities).toEqual(expect.arrayContaining(["grant", "grant_target", "grant_pilot"]));
  });

  it("gives a funder a login without password and a link to one grant only", async () => {
    const parsed = parseForm(form({ ...valid, name: "Fonds project" }), grantInput);
    if (!parsed.ok) throw new Error("invalid");
    const { id } = await run((tx) => createGrant(tx, coordinator, parsed.value));
    const added = await addFunder(scopeOf(coordinator), id, {
      funderPerson: "Fenna Fonds",
      funderEmail: "fenna@fonds.example",
    });
    if (added.invited) throw new Error("a new address gets a login, not an invitation");
    const { userId } = added;
    const [member] = await database.db
      .select({ role: memberships.role })
      .from(memberships)
      .where(eq(memberships.userId, userId));
    expect(member.role).toBe("funder");
    const funder: Actor = { userId, centreId, role: "funder" };
    const seen = await run((tx) => visibleGrants(tx, funder));
    expect(seen.map((g) => g.name)).toEqual(["Fonds project"]);
    // adding the same person again changes nothing and does not fail
    await addFunder(scopeOf(coordinator), id, {
      funderPerson: "Fenna Fonds",
      funderEmail: "fenna@fonds.example",
    });
    expect(await database.db.select().from(grantFunders).where(eq(grantFunders.userId, userId))).toHaveLength(
      1,
    );
  });

  it("invites a funder who has a login in another centre instead of adding them", async () => {
    const elsewhere = await insertActor(database.db, (await insertCentre(database.db)).id, "funder");
    const [{ email }] = await database.db
      .select({ email: user.email })
      .from(user)
      .where(eq(user.id, elsewhere.userId));
    const { id } = (await run((tx) => listGrants(tx, coordinator)))[0];
    const added = await addFunder(scopeOf(coordinator), id, { funderPerson: "Fons", funderEmail: email });
    expect(added.invited).toBe(true);
    const here = await database.db
      .select()
      .from(memberships)
      .where(and(eq(memberships.userId, elsewhere.userId), eq(memberships.centreId, centreId)));
    expect(here).toEqual([]);
    expect(
      await database.db.select().from(grantFunders).where(eq(grantFunders.userId, elsewhere.userId)),
    ).toEqual([]);
  });

  it("refuses to turn a staff member into a funder", async () => {
    const [{ email }] = await database.db
      .select({ email: user.email })
      .from(user)
      .where(eq(user.id, coordinator.userId));
    const { id } = (await run((tx) => listGrants(tx, coordinator)))[0];
    await expect(
      addFunder(scopeOf(coordinator), id, { funderPerson: "Cor", funderEmail: email }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const [member] = await database.db
      .select({ role: memberships.role })
      .from(memberships)
      .where(eq(memberships.userId, coordinator.userId));
    expect(member.role).toBe("coordinator");
  });

  it("keeps the funder's reference (kenmerk) for the report", async () => {
    const parsed = parseForm(form({ ...valid, reference: " PG-2025/0042 " }), grantInput);
    if (!parsed.ok) throw new Error("invalid");
    const { id } = await run((tx) => createGrant(tx, coordinator, parsed.value));
    const detail = await run((tx) => grantDetail(tx, coordinator, id));
    expect(detail.grant.reference).toBe("PG-2025/0042");
  });

  it("another centre sees no grants and cannot open one", async () => {
    const other = await insertActor(database.db, (await insertCentre(database.db)).id, "coordinator");
    const { id } = (await run((tx) => listGrants(tx, coordinator)))[0];
    expect(await run((tx) => listGrants(tx, other), other.centreId)).toEqual([]);
    await expect(run((tx) => grantDetail(tx, other, id), other.centreId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("an expert, a client contact and a funder may not manage grants", async () => {
    for (const role of ["expert", "client_contact", "funder"] as const) {
      const actor = await insertActor(database.db, centreId, role);
      await expect(run((tx) => listGrants(tx, actor))).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        run((tx) =>
          createGrant(tx, actor, {
            ...valid,
            reference: "",
            amount: null,
            description: "",
            province: undefined,
          }),
        ),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
