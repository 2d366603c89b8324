import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre } from "~/db/client.server";
import { experts, memberships, user } from "~/db/schema";
import type { Actor } from "~/modules/accounts/actor";
import { createTestDatabase } from "~/test/database";
import { insertActor, insertCentre } from "~/test/factories";
import { saveExpert } from "./expert-login.server";
import { expertInput } from "./input";

let database: Database;
let actor: Actor;

const scope = (who: Actor) => ({
  ...who,
  db: database.db,
  run: <T>(fn: Parameters<typeof inCentre<T>>[2]) => inCentre(database.db, who.centreId, fn),
});
const profile = (email?: string) =>
  expertInput.parse({ firstName: "Gerrit", lastName: "Visser", status: "certified", email });

beforeAll(async () => {
  database = await createTestDatabase();
  const centre = await insertCentre(database.db);
  actor = await insertActor(database.db, centre.id, "coordinator");
});
afterAll(() => database.close());

describe("an expert's login", () => {
  it("is created with role expert when the expert has an e-mail address", async () => {
    const { id } = await saveExpert(scope(actor), profile("gerrit@example.org"));
    const [row] = await database.db
      .select({ userId: experts.userId })
      .from(experts)
      .where(eq(experts.id, id));
    expect(row.userId).not.toBeNull();
    const [member] = await database.db
      .select({ role: memberships.role, email: user.email })
      .from(memberships)
      .innerJoin(user, eq(user.id, memberships.userId))
      .where(eq(memberships.userId, row.userId!));
    expect(member).toEqual({ role: "expert", email: "gerrit@example.org" });
  });

  it("is not made without an e-mail address, and is added later when one is filled in", async () => {
    const { id } = await saveExpert(scope(actor), profile());
    let [row] = await database.db.select({ userId: experts.userId }).from(experts).where(eq(experts.id, id));
    expect(row.userId).toBeNull();
    await saveExpert(scope(actor), profile("later@example.org"), id);
    [row] = await database.db.select({ userId: experts.userId }).from(experts).where(eq(experts.id, id));
    expect(row.userId).not.toBeNull();
  });

  it("refuses an address another expert or a staff member here already has, before saving anything", async () => {
    const before = (await database.db.select({ id: user.id }).from(user)).length;
    await expect(saveExpert(scope(actor), profile("gerrit@example.org"))).rejects.toMatchObject({
      code: "CONFLICT",
      fields: { email: ["pool:errors.emailTaken"] },
    });
    const [staff] = await database.db
      .select({ email: user.email })
      .from(user)
      .where(eq(user.id, actor.userId));
    await expect(saveExpert(scope(actor), profile(staff.email))).rejects.toMatchObject({
      code: "CONFLICT",
      fields: { email: ["pool:errors.emailOtherRole"] },
    });
    const [stillStaff] = await database.db
      .select({ role: memberships.role })
      .from(memberships)
      .where(eq(memberships.userId, actor.userId));
    expect(stillStaff.role).toBe("coordinator");
    expect((await database.db.select({ id: user.id }).from(user)).length).toBe(before);
  });

  it("an expert may not add experts", async () => {
    const expert = await insertActor(database.db, actor.centreId, "expert");
    await expect(saveExpert(scope(expert), profile("x@example.org"))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
