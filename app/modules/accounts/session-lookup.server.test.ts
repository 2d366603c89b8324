import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "~/db/client.server";
import { memberships, session } from "~/db/schema";
import { addMember } from "~/modules/centres/create-centre.server";
import { createTestDatabase } from "~/test/database";
import { insertCentre } from "~/test/factories";
import { freshRequest, withCookies } from "~/test/sessions";
import { getAuth } from "./auth.server";
import { findSession, signedCookie } from "./session-lookup.server";
import { signInWithPassword } from "./sign-in.server";

const password = "groene tram naar zee";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

/** A person in two centres, signed in as a browser is (the cookie better-auth sets). */
async function signedIn() {
  const { db } = database;
  const second = await insertCentre(db, { name: "Zuid-centrum" });
  const first = await insertCentre(db, { name: "Aan de Maas" });
  const email = `ria-${second.slug}@example.org`;
  await addMember(db, { centreId: second.id, name: "Ria Rooster", email, role: "coordinator", password });
  const signIn = await signInWithPassword(db, freshRequest(), email, password);
  const headers = withCookies(signIn.headers).headers;
  const auth = await getAuth(db);
  const context = await auth.$context;
  const theirs = await auth.api.getSession({ headers });
  if (!theirs) throw new Error("not signed in");
  await db.insert(memberships).values({ centreId: first.id, userId: theirs.user.id, role: "expert" });
  return { first, second, theirs, headers, auth, context };
}

describe("the session of a request", () => {
  it("finds what better-auth finds, with the person's centres by name", async () => {
    const { first, second, theirs, headers } = await signedIn();
    const found = await findSession(database.db, headers.get("cookie"));
    expect(found?.session.id).toBe(theirs.session.id);
    expect(found?.session.expiresAt).toEqual(theirs.session.expiresAt);
    expect(found?.session.activeCentreId).toBe(second.id);
    expect(found?.user).toEqual({
      id: theirs.user.id,
      name: "Ria Rooster",
      email: theirs.user.email,
      twoFactorEnabled: false,
    });
    expect(found?.memberships.map((m) => [m.centreId, m.centreName, m.role])).toEqual([
      [first.id, "Aan de Maas", "expert"],
      [second.id, "Zuid-centrum", "coordinator"],
    ]);
  });

  it("finds nobody with a forged, changed or missing cookie", async () => {
    const { headers, context } = await signedIn();
    const name = context.authCookies.sessionToken.name;
    const cookie = headers.get("cookie") as string;
    const [token, signature] = decodeURIComponent(cookie.slice(name.length + 1)).split(".");
    const forged = `${name}=${encodeURIComponent(`${token}.${"A".repeat(43)}=`)}`;
    const other = `${name}=${encodeURIComponent(`${token.slice(1)}x.${signature}`)}`;
    expect(await findSession(database.db, forged)).toBeNull();
    expect(await findSession(database.db, other)).toBeNull();
    expect(await findSession(database.db, `${name}=${token}`)).toBeNull();
    expect(await findSession(database.db, "centre=abc")).toBeNull();
    expect(await findSession(database.db, null)).toBeNull();
    expect(signedCookie(cookie, name, "another secret")).toBeNull();
    expect(signedCookie(cookie, name, context.secret)).toBe(token);
  });

  it("ends an expired session, and gives one past a day a new expiry as better-auth does", async () => {
    const { db } = database;
    const expired = await signedIn();
    await db
      .update(session)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(session.id, expired.theirs.session.id));
    expect(await findSession(db, expired.headers.get("cookie"))).toBeNull();
    expect(await db.select().from(session).where(eq(session.id, expired.theirs.session.id))).toEqual([]);

    const old = await signedIn();
    const twoDaysOld = new Date(Date.now() + 12 * 24 * 3600_000);
    await db.update(session).set({ expiresAt: twoDaysOld }).where(eq(session.id, old.theirs.session.id));
    const found = await findSession(db, old.headers.get("cookie"));
    const fourteenDays = Date.now() + 14 * 24 * 3600_000;
    expect(Math.abs((found?.session.expiresAt.getTime() ?? 0) - fourteenDays)).toBeLessThan(60_000);
    const [row] = await db.select().from(session).where(eq(session.id, old.theirs.session.id));
    expect(row.expiresAt.getTime()).toBe(found?.session.expiresAt.getTime());

    const fresh = await signedIn();
    const before = fresh.theirs.session.expiresAt.getTime();
    expect((await findSession(db, fresh.headers.get("cookie")))?.session.expiresAt.getTime()).toBe(before);
  });
});
