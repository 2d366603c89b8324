import { createHmac, timingSafeEqual } from "node:crypto";
import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "~/db/client.server";
import { centres, memberships, session, user } from "~/db/schema";
import { getAuth } from "./auth.server";
import { type Membership, membershipColumns } from "./session-centre.server";

/** A signed-in request's session, its person and the centres they belong to. */
export type FoundSession = {
  session: {
    id: string;
    createdAt: Date;
    expiresAt: Date;
    activeCentreId: string | null;
    lastSeenAt: Date | null;
  };
  user: { id: string; name: string; email: string; twoFactorEnabled: boolean };
  memberships: Membership[];
};

/** The first value of a cookie, URL-decoded as browsers' encodings and better-call's parser do. */
function cookieValue(header: string, name: string): string | null {
  for (const part of header.split(";")) {
    const at = part.indexOf("=");
    if (at < 0 || part.slice(0, at).trim() !== name) continue;
    let value = part.slice(at + 1).trim();
    if (value.startsWith('"')) value = value.slice(1, -1);
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return null;
}

/**
 * The value of a cookie signed as better-auth signs it (`value.signature`, the signature an
 * HMAC-SHA256 of the value with the secret, in base64), or null when it is missing or forged.
 */
export function signedCookie(header: string | null, name: string, secret: string): string | null {
  const signed = header ? cookieValue(header, name) : null;
  if (!signed) return null;
  const dot = signed.lastIndexOf(".");
  if (dot < 1) return null;
  const value = signed.slice(0, dot);
  const signature = signed.slice(dot + 1);
  if (signature.length !== 44 || !signature.endsWith("=")) return null;
  const expected = createHmac("sha256", secret).update(value).digest();
  const given = Buffer.from(signature, "base64");
  return given.length === expected.length && timingSafeEqual(given, expected) ? value : null;
}

/**
 * The session, its person and their memberships for a token: built and compiled once per database
 * and a named statement on PostgreSQL, because every signed-in request runs it and planning it took
 * longer than running it.
 */
function buildSessionQuery(db: Db) {
  return db
    .select({
      id: session.id,
      createdAt: session.createdAt,
      expiresAt: session.expiresAt,
      activeCentreId: session.activeCentreId,
      lastSeenAt: session.lastSeenAt,
      userId: user.id,
      name: user.name,
      email: user.email,
      twoFactorEnabled: user.twoFactorEnabled,
      membership: membershipColumns,
    })
    .from(session)
    .innerJoin(user, eq(user.id, session.userId))
    .leftJoin(memberships, eq(memberships.userId, session.userId))
    .leftJoin(centres, eq(centres.id, memberships.centreId))
    .where(eq(session.token, sql.placeholder("token")))
    .orderBy(asc(centres.name))
    .prepare("session_lookup");
}
const sessionQueries = new WeakMap<Db, ReturnType<typeof buildSessionQuery>>();

function sessionQuery(db: Db) {
  let query = sessionQueries.get(db);
  if (!query) {
    query = buildSessionQuery(db);
    sessionQueries.set(db, query);
  }
  return query;
}

/** A person without memberships has one row, with its left-joined membership null (or all null). */
function isMembership(m: { [K in keyof Membership]: Membership[K] | null } | null): m is Membership {
  return Boolean(m?.centreId);
}

/**
 * The session of a request: the signed session cookie, the session row with its person and their
 * memberships in one query, as better-auth's getSession reads it (an expired session is deleted; one
 * older than `updateAge` gets a new expiry), without its endpoint machinery: that cost 2 ms of CPU
 * per request, a signed-in page's largest part after rendering (docs/performance.md). Sign-in,
 * sign-out and two-factor stay with better-auth; this only reads.
 */
export async function findSession(db: Db, cookieHeader: string | null): Promise<FoundSession | null> {
  const context = await (await getAuth(db)).$context;
  const token = signedCookie(cookieHeader, context.authCookies.sessionToken.name, context.secret);
  if (!token) return null;
  const rows = await sessionQuery(db).execute({ token });
  const [first] = rows;
  if (!first) return null;
  const now = Date.now();
  if (first.expiresAt.getTime() <= now) {
    await endSession(db, first.id);
    return null;
  }
  const { expiresIn, updateAge } = context.sessionConfig;
  let expiresAt = first.expiresAt;
  const remembered = !signedCookie(cookieHeader, context.authCookies.dontRememberToken.name, context.secret);
  if (remembered && expiresAt.getTime() - expiresIn * 1000 + updateAge * 1000 <= now) {
    expiresAt = new Date(now + expiresIn * 1000);
    await db
      .update(session)
      .set({ expiresAt, updatedAt: new Date(now) })
      .where(eq(session.token, token));
  }
  return {
    session: {
      id: first.id,
      createdAt: first.createdAt,
      expiresAt,
      activeCentreId: first.activeCentreId,
      lastSeenAt: first.lastSeenAt,
    },
    user: {
      id: first.userId,
      name: first.name,
      email: first.email,
      twoFactorEnabled: Boolean(first.twoFactorEnabled),
    },
    memberships: rows.map((row) => row.membership).filter(isMembership),
  };
}

/** Ends a session: an expired or idle one, found on a request. */
export async function endSession(db: Db, sessionId: string): Promise<void> {
  await db.delete(session).where(eq(session.id, sessionId));
}
