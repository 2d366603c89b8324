import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre, type Tx } from "~/db/client.server";
import { auditLog, memberships } from "~/db/schema";
import { createTestDatabase } from "~/test/database";
import { insertActor, insertCentre, insertExpertWithLogin } from "~/test/factories";
import type { Actor } from "./actor";
import { addStaffMember } from "./add-staff-member.server";
import { changeMemberRole } from "./change-member-role.server";
import { listMembers } from "./members.server";
import { removeMember } from "./remove-member.server";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const scopeOf = (actor: Actor) => ({
  ...actor,
  db: database.db,
  run: <T>(fn: (tx: Tx) => Promise<T>) => inCentre(database.db, actor.centreId, fn),
});

async function membershipOf(actor: Actor, userId: string) {
  const [row] = await database.db
    .select({ id: memberships.id, role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.centreId, actor.centreId)));
  return row;
}

describe("users of a centre", () => {
  it("lists every member with role and two-factor flag, and nobody from another centre", async () => {
    const centre = await insertCentre(database.db);
    const other = await insertCentre(database.db);
    const admin = await insertActor(database.db, centre.id, "admin", "Ada Admin");
    await insertExpertWithLogin(database.db, centre.id);
    await insertActor(database.db, other.id, "admin", "Olga Ander");
    const rows = await scopeOf(admin).run((tx) => listMembers(tx, admin));
    expect(rows.map((r) => r.role)).toEqual(["admin", "expert"]);
    expect(rows[0]).toMatchObject({ name: "Ada Admin", isYou: true, twoFactorEnabled: false });
    expect(rows.some((r) => r.name === "Olga Ander")).toBe(false);
  });

  it("adds a coordinator with a first password, audited, and refuses the same person twice", async () => {
    const centre = await insertCentre(database.db);
    const admin = await insertActor(database.db, centre.id, "admin");
    const email = `nieuw-${centre.slug}@example.org`;
    const added = await addStaffMember(scopeOf(admin), {
      name: "Nina Nieuw",
      email,
      role: "coordinator",
      password: "een goed wachtwoord",
    });
    if (added.invited) throw new Error("a new address gets a login, not an invitation");
    const { membershipId } = added;
    const rows = await scopeOf(admin).run((tx) => listMembers(tx, admin));
    expect(rows.find((r) => r.email === email)?.role).toBe("coordinator");
    const [line] = await database.db.select().from(auditLog).where(eq(auditLog.entityId, membershipId));
    expect(line).toMatchObject({ action: "create", entity: "membership", userId: admin.userId });
    expect(JSON.stringify(line.detail)).not.toContain(email);
    await expect(
      addStaffMember(scopeOf(admin), { name: "Nina Nieuw", email, role: "admin" }),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "users:errors.alreadyMember" });
  });

  it("refuses a common or easy password for a new login, and asks for one", async () => {
    const centre = await insertCentre(database.db);
    const admin = await insertActor(database.db, centre.id, "admin");
    const email = `zwak-${centre.slug}@example.org`;
    const add = (password?: string) =>
      addStaffMember(scopeOf(admin), { name: "Wim Zwak", email, role: "coordinator", password });
    await expect(add("1234567890")).rejects.toMatchObject({
      code: "INVALID",
      fields: { password: ["validation.passwordCommon"] },
    });
    await expect(add("aaaaaaaaaaaa")).rejects.toMatchObject({ code: "INVALID" });
    await expect(add("Wachtwoord1!")).rejects.toMatchObject({
      code: "INVALID",
      fields: { password: ["validation.passwordWeak"] },
    });
    await expect(add("wimzwak2026")).rejects.toMatchObject({ code: "INVALID" });
    await expect(add(undefined)).rejects.toMatchObject({
      code: "INVALID",
      fields: { password: ["users:errors.passwordNeeded"] },
    });
    expect((await scopeOf(admin).run((tx) => listMembers(tx, admin))).some((r) => r.email === email)).toBe(
      false,
    );
  });

  it("changes a role but never leaves the centre without an admin", async () => {
    const centre = await insertCentre(database.db);
    const admin = await insertActor(database.db, centre.id, "admin");
    const coordinator = await insertActor(database.db, centre.id, "coordinator");
    const own = await membershipOf(admin, admin.userId);
    await expect(
      scopeOf(admin).run((tx) => changeMemberRole(tx, admin, { membershipId: own.id, role: "coordinator" })),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "users:errors.lastAdmin" });
    const theirs = await membershipOf(admin, coordinator.userId);
    await scopeOf(admin).run((tx) => changeMemberRole(tx, admin, { membershipId: theirs.id, role: "admin" }));
    expect((await membershipOf(admin, coordinator.userId)).role).toBe("admin");
    // now two admins: stepping down is fine
    await scopeOf(admin).run((tx) =>
      changeMemberRole(tx, admin, { membershipId: own.id, role: "coordinator" }),
    );
    expect((await membershipOf(admin, admin.userId)).role).toBe("coordinator");
  });

  it("removes a member, never yourself or the last admin", async () => {
    const centre = await insertCentre(database.db);
    const admin = await insertActor(database.db, centre.id, "admin");
    const other = await insertActor(database.db, centre.id, "coordinator");
    const own = await membershipOf(admin, admin.userId);
    await expect(
      scopeOf(admin).run((tx) => removeMember(tx, admin, { membershipId: own.id })),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "users:errors.notYourself" });
    const theirs = await membershipOf(admin, other.userId);
    await scopeOf(admin).run((tx) => removeMember(tx, admin, { membershipId: theirs.id }));
    expect(await membershipOf(admin, other.userId)).toBeUndefined();
    const [line] = await database.db.select().from(auditLog).where(eq(auditLog.entityId, theirs.id));
    expect(line).toMatchObject({ action: "delete", entity: "membership" });
  });

  it("does not let a coordinator manage users, nor an admin touch another centre's members", async () => {
    const centre = await insertCentre(database.db);
    const other = await insertCentre(database.db);
    const admin = await insertActor(database.db, centre.id, "admin");
    const coordinator = await insertActor(database.db, centre.id, "coordinator");
    const foreign = await insertActor(database.db, other.id, "coordinator");
    await expect(scopeOf(coordinator).run((tx) => listMembers(tx, coordinator))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      addStaffMember(scopeOf(coordinator), { name: "Xander", email: "x@example.org", role: "admin" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const foreignMembership = await membershipOf(foreign, foreign.userId);
    await expect(
      scopeOf(admin).run((tx) => removeMember(tx, admin, { membershipId: foreignMembership.id })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      scopeOf(admin).run((tx) =>
        changeMemberRole(tx, admin, { membershipId: foreignMembership.id, role: "admin" }),
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await membershipOf(foreign, foreign.userId)).role).toBe("coordinator");
  });
});
