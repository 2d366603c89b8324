import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre, type Tx } from "~/db/client.server";
import { clientContacts, experts, invitations, jobs, memberships, session, user } from "~/db/schema";
import { addMember } from "~/modules/centres/create-centre.server";
import { giveContactLogin } from "~/modules/clients/contacts.server";
import { saveExpert } from "~/modules/pool/expert-login.server";
import { expertInput } from "~/modules/pool/input";
import { createTestDatabase } from "~/test/database";
import {
  insertActor,
  insertCentre,
  insertClient,
  insertContact,
  insertExpertWithLogin,
} from "~/test/factories";
import { freshRequest, withCookies } from "~/test/sessions";
import { switchCentre } from "./account.server";
import type { Actor } from "./actor";
import { addStaffMember } from "./add-staff-member.server";
import { changeMemberRole } from "./change-member-role.server";
import { acceptInvitation, findInvitation } from "./invitations.server";
import { removeMember } from "./remove-member.server";
import { signInWithPassword } from "./sign-in.server";
import { getViewer } from "./viewer.server";

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

const password = "paars konijn op de fiets";

/** Centre A's admin, signed in; centre B sorts before A by name (the old "first membership" pick). */
async function twoCentres() {
  const a = await insertCentre(database.db, { name: `Zuid ${crypto.randomUUID().slice(0, 6)}` });
  const b = await insertCentre(database.db, { name: `Aa ${crypto.randomUUID().slice(0, 6)}` });
  const email = `beheer-${a.slug}@example.org`;
  const { userId } = await addMember(database.db, {
    centreId: a.id,
    name: "Anna A",
    email,
    role: "admin",
    password,
  });
  const signedIn = withCookies(
    (await signInWithPassword(database.db, freshRequest(), email, password)).headers,
  );
  const coordinatorB = await insertActor(database.db, b.id, "admin");
  return { a, b, email, userId, signedIn, coordinatorB };
}

async function tokenFromMail(email: string): Promise<string> {
  const rows = await database.db
    .select({ payload: jobs.payload })
    .from(jobs)
    .where(eq(jobs.kind, "mail.send"));
  const mail = rows
    .map((r) => r.payload as { to: string; text: string; fromName?: string })
    .filter((m) => m.to === email)
    .at(-1);
  const token = mail?.text.match(/\/invitations\/([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error("no invitation mail");
  return token;
}

describe("accounts across centres", () => {
  it("invites someone who already has a login instead of giving them a membership, and their session stays put", async () => {
    const { a, b, email, userId, signedIn, coordinatorB } = await twoCentres();
    expect((await getViewer(new Request(signedIn), database.db))?.centreId).toBe(a.id);

    const result = await addStaffMember(scopeOf(coordinatorB), {
      name: "Anna A",
      email,
      role: "coordinator",
    });
    expect(result.invited).toBe(true);
    const inB = await database.db
      .select()
      .from(memberships)
      .where(and(eq(memberships.userId, userId), eq(memberships.centreId, b.id)));
    expect(inB).toEqual([]);
    const viewer = await getViewer(new Request(signedIn), database.db);
    expect(viewer).toMatchObject({ centreId: a.id, role: "admin" });
    expect(viewer?.memberships.map((m) => m.centreId)).toEqual([a.id]);

    // only the hash is stored; the mail holds the link
    const token = await tokenFromMail(email);
    const stored = await database.db.select({ hash: invitations.tokenHash }).from(invitations);
    expect(stored.some((s) => s.hash === token)).toBe(false);

    // accepting makes the membership, and still the open session keeps its centre
    const accepted = await acceptInvitation(database.db, { userId, email }, token);
    expect(accepted.centreId).toBe(b.id);
    const after = await getViewer(new Request(signedIn), database.db);
    expect(after).toMatchObject({ centreId: a.id, role: "admin" });
    expect(after?.memberships.map((m) => m.centreId).sort()).toEqual([a.id, b.id].sort());

    // the person's own choice moves the session; a new sign-in starts where they chose last
    await switchCentre(database.db, after!.sessionId, b.id);
    expect((await getViewer(new Request(signedIn), database.db))?.centreId).toBe(b.id);
    await expect(acceptInvitation(database.db, { userId, email }, token)).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("invites an expert of another centre into this pool instead of adding them, and links the record on yes", async () => {
    const a = await insertCentre(database.db);
    const b = await insertCentre(database.db, { name: "Centrum Oost" });
    const { actor: expertA } = await insertExpertWithLogin(database.db, a.id);
    const [{ email }] = await database.db
      .select({ email: user.email })
      .from(user)
      .where(eq(user.id, expertA.userId));
    const coordinatorB = await insertActor(database.db, b.id, "coordinator");

    const saved = await saveExpert(
      scopeOf(coordinatorB),
      expertInput.parse({ firstName: "Gerrit", lastName: "Visser", status: "certified", email }),
    );
    expect(saved.invited).toBe(true);
    const inB = () =>
      database.db
        .select({ role: memberships.role })
        .from(memberships)
        .where(and(eq(memberships.userId, expertA.userId), eq(memberships.centreId, b.id)));
    expect(await inB()).toEqual([]);
    const record = () =>
      database.db.select({ userId: experts.userId }).from(experts).where(eq(experts.id, saved.id));
    expect(await record()).toEqual([{ userId: null }]);

    // the mail comes from the inviting centre and speaks to an expert with "je"
    const rows = await database.db
      .select({ payload: jobs.payload })
      .from(jobs)
      .where(eq(jobs.kind, "mail.send"));
    const mail = rows
      .map((r) => r.payload as { to: string; text: string; fromName: string })
      .findLast((m) => m.to === email);
    expect(mail).toMatchObject({ fromName: "Centrum Oost" });
    expect(mail?.text).toContain("Je hebt al een account");

    await acceptInvitation(database.db, { userId: expertA.userId, email }, await tokenFromMail(email));
    expect(await inB()).toEqual([{ role: "expert" }]);
    expect(await record()).toEqual([{ userId: expertA.userId }]);
  });

  it("invites a contact person who has a login elsewhere instead of giving them one here", async () => {
    const { b, email, userId, coordinatorB } = await twoCentres();
    const client = await insertClient(database.db, b.id);
    const contact = await insertContact(database.db, b.id, client.id, { email });
    const result = await giveContactLogin(scopeOf(coordinatorB), {
      clientId: client.id,
      contactId: contact.id,
    });
    expect(result.invited).toBe(true);
    const linked = () =>
      database.db
        .select({ userId: clientContacts.userId })
        .from(clientContacts)
        .where(eq(clientContacts.id, contact.id));
    expect(await linked()).toEqual([{ userId: null }]);
    const roles = await database.db
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.userId, userId), eq(memberships.centreId, b.id)));
    expect(roles).toEqual([]);

    await acceptInvitation(database.db, { userId, email }, await tokenFromMail(email));
    expect(await linked()).toEqual([{ userId }]);
  });

  it("refuses an invitation for another account, an expired one and a made-up token", async () => {
    const { email, coordinatorB } = await twoCentres();
    await addStaffMember(scopeOf(coordinatorB), { name: "Anna A", email, role: "coordinator" });
    const token = await tokenFromMail(email);
    const stranger = await insertActor(database.db, coordinatorB.centreId, "expert");
    await expect(
      acceptInvitation(database.db, { userId: stranger.userId, email: "iemand@example.org" }, token),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await database.db.execute(sql`update invitations set expires_at = now() - interval '1 minute'`);
    expect((await findInvitation(database.db, token)).state).toBe("expired");
    await expect(findInvitation(database.db, "x".repeat(43))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a new membership elsewhere never changes the centre an open session works in", async () => {
    const { a, b, userId, signedIn } = await twoCentres();
    expect((await getViewer(new Request(signedIn), database.db))?.centreId).toBe(a.id);
    // however it comes about (an expert login, a contact login): the session keeps centre A
    await database.db.insert(memberships).values({ centreId: b.id, userId, role: "client_contact" });
    expect(await getViewer(new Request(signedIn), database.db)).toMatchObject({
      centreId: a.id,
      role: "admin",
    });
    const [row] = await database.db
      .select({ centreId: session.activeCentreId })
      .from(session)
      .where(eq(session.userId, userId));
    expect(row.centreId).toBe(a.id);
  });

  it("no centre changes or removes another centre's membership", async () => {
    const { a, userId, coordinatorB } = await twoCentres();
    const [own] = await database.db
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.userId, userId), eq(memberships.centreId, a.id)));
    await expect(
      scopeOf(coordinatorB).run((tx) =>
        changeMemberRole(tx, coordinatorB, { membershipId: own.id, role: "coordinator" }),
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      scopeOf(coordinatorB).run((tx) => removeMember(tx, coordinatorB, { membershipId: own.id })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const [still] = await database.db
      .select({ role: memberships.role })
      .from(memberships)
      .where(eq(memberships.id, own.id));
    expect(still.role).toBe("admin");
  });

  it("another centre cannot read or accept on behalf of an invitation through its own scope", async () => {
    const { email, coordinatorB, a } = await twoCentres();
    await addStaffMember(scopeOf(coordinatorB), { name: "Anna A", email, role: "coordinator" });
    const seenFromA = await inCentre(database.db, a.id, (tx) => tx.select().from(invitations));
    expect(seenFromA).toEqual([]);
  });
});
