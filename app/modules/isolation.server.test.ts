import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre } from "~/db/client.server";
import { assignments, experts, requests } from "~/db/schema";
import type { Actor } from "~/modules/accounts/actor";
import { acceptOffer } from "~/modules/assignments/respond-to-offer.server";
import { poolFilters } from "~/modules/pool/input";
import { expertProfile, readPrivateNotes } from "~/modules/pool/profile.server";
import { listExperts } from "~/modules/pool/queries.server";
import { cancelRequest, takeRequest } from "~/modules/requests/handle-request.server";
import { getRequest, listRequests } from "~/modules/requests/queries.server";
import { createTestDatabase } from "~/test/database";
import {
  insertActor,
  insertCentre,
  insertExpert,
  insertExpertWithLogin,
  insertRequest,
} from "~/test/factories";

/**
 * The promise of issue 2 in one place: a user of centre B, and an expert of centre A, cannot read or
 * change centre A's requests, private notes or other experts. Row-level security keeps B out; the
 * modules' role checks keep the expert out.
 */
let database: Database;
let coordinatorA: Actor;
let coordinatorB: Actor;
let expertA: Actor;
let requestId: string;
let otherExpertId: string;
let otherAssignmentId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  const a = await insertCentre(db);
  const b = await insertCentre(db);
  coordinatorA = await insertActor(db, a.id, "coordinator");
  coordinatorB = await insertActor(db, b.id, "coordinator");
  expertA = (await insertExpertWithLogin(db, a.id)).actor;
  const other = await insertExpert(db, a.id, { privateNotes: "Alleen voor coördinatoren." });
  otherExpertId = other.id;
  const request = await insertRequest(db, a.id, { status: "proposed" });
  requestId = request.id;
  const [offer] = await db
    .insert(assignments)
    .values({ centreId: a.id, requestId, expertId: other.id, status: "offered" })
    .returning({ id: assignments.id });
  otherAssignmentId = offer.id;
});
afterAll(() => database.close());

const asActor = <T>(actor: Actor, fn: Parameters<typeof inCentre<T>>[2]) =>
  inCentre(database.db, actor.centreId, fn);
const filters = poolFilters.parse({});

describe("a coordinator of centre B", () => {
  it("finds none of centre A's requests or experts", async () => {
    expect(await asActor(coordinatorB, (tx) => listRequests(tx, coordinatorB, {}))).toEqual([]);
    await expect(
      asActor(coordinatorB, (tx) => getRequest(tx, coordinatorB, requestId)),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await asActor(coordinatorB, (tx) => listExperts(tx, coordinatorB, filters))).total).toBe(0);
    await expect(
      asActor(coordinatorB, (tx) => readPrivateNotes(tx, coordinatorB, otherExpertId)),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("cannot change centre A's request, and the database refuses a direct write too", async () => {
    await expect(
      asActor(coordinatorB, (tx) => cancelRequest(tx, coordinatorB, { requestId, reason: "niet van ons" })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const changed = await asActor(coordinatorB, (tx) =>
      tx.update(requests).set({ title: "overgenomen" }).where(eq(requests.id, requestId)).returning(),
    );
    expect(changed).toEqual([]);
    const [row] = await database.db
      .select({ status: requests.status, title: requests.title })
      .from(requests)
      .where(eq(requests.id, requestId));
    expect(row.status).toBe("proposed");
    expect(row.title).not.toBe("overgenomen");
  });
});

describe("an expert of centre A", () => {
  it("cannot read the centre's requests, the pool, or another expert's notes", async () => {
    await expect(asActor(expertA, (tx) => listRequests(tx, expertA, {}))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(asActor(expertA, (tx) => listExperts(tx, expertA, filters))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(asActor(expertA, (tx) => expertProfile(tx, expertA, otherExpertId))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      asActor(expertA, (tx) => readPrivateNotes(tx, expertA, otherExpertId)),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("cannot change a request or answer another expert's offer", async () => {
    await expect(asActor(expertA, (tx) => takeRequest(tx, expertA, { requestId }))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      asActor(expertA, (tx) => acceptOffer(tx, expertA, { assignmentId: otherAssignmentId })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const [offer] = await database.db
      .select({ status: assignments.status })
      .from(assignments)
      .where(eq(assignments.id, otherAssignmentId));
    expect(offer.status).toBe("offered");
    const [other] = await database.db
      .select({ notes: experts.privateNotes })
      .from(experts)
      .where(eq(experts.id, otherExpertId));
    expect(other.notes).toBe("Alleen voor coördinatoren.");
  });

  it("while the centre's coordinator sees all of it", async () => {
    expect(await asActor(coordinatorA, (tx) => listRequests(tx, coordinatorA, {}))).toHaveLength(1);
    expect(await asActor(coordinatorA, (tx) => readPrivateNotes(tx, coordinatorA, otherExpertId))).toBe(
      "Alleen voor coördinatoren.",
    );
  });
});
