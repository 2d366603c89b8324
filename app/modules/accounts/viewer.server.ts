import { eq } from "drizzle-orm";
import { redirect } from "react-router";
import { type Db, getDatabase, type Tx } from "~/db/client.server";
import { clientContacts, experts, type Role } from "~/db/schema";
import { AppError } from "~/lib/errors";
import { pagePath } from "~/lib/redirects";
import { inCentreSendingMail } from "~/modules/mail/queue.server";
import type { Actor } from "./actor";
import { can, isStaff, mustUseTwoFactor, type Permission } from "./permissions";
import {
  idleState,
  type Membership,
  membershipsOf,
  pinSessionCentre,
  staffIdleMinutes,
  startingCentre,
  touchSession,
} from "./session-centre.server";
import { endSession, findSession } from "./session-lookup.server";

export { type Membership, membershipsOf };

/** The signed-in person as the app sees them in the centre they work in now. */
export type Viewer = {
  userId: string;
  name: string;
  email: string;
  twoFactorEnabled: boolean;
  sessionId: string;
  centreId: string;
  centreName: string;
  role: Role;
  memberships: Membership[];
};

/** A viewer with the database and a helper that runs queries inside their centre. A Scope is an Actor. */
export type Scope = Viewer &
  Actor & {
    db: Db;
    run<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  };

/** One session lookup per request: the layout's loader and the page's loader share it. */
const viewers = new WeakMap<Request, Promise<Viewer | null>>();

export function getViewer(request: Request, db?: Db): Promise<Viewer | null> {
  let found = viewers.get(request);
  if (!found) {
    found = readViewer(request, db);
    viewers.set(request, found);
  }
  return found;
}

/**
 * The signed-in person in the centre their session works in. That centre is fixed at sign-in
 * (auth.server.ts) and changed only by the person on their account page: a membership added
 * elsewhere never moves an open session. A session whose centre membership is gone gives no access;
 * a staff session idle longer than STAFF_IDLE_MINUTES ends.
 */
async function readViewer(request: Request, db?: Db): Promise<Viewer | null> {
  const database = db ?? (await getDatabase()).db;
  const found = await findSession(database, request.headers.get("cookie"));
  if (!found) return null;
  const list = found.memberships;
  let centreId = found.session.activeCentreId ?? null;
  if (!centreId) {
    // a session from before centres were fixed per session: fix it now, once
    centreId = startingCentre(list, request.headers.get("cookie"));
    if (!centreId) return null;
    await pinSessionCentre(database, found.session.id, centreId);
  }
  const current = list.find((m) => m.centreId === centreId);
  if (!current) return null;
  const now = new Date();
  const lastSeen = found.session.lastSeenAt ?? found.session.createdAt;
  const idle = idleState(new Date(lastSeen), now, isStaff(current.role) ? staffIdleMinutes() : null);
  if (idle === "expired") {
    await endSession(database, found.session.id);
    return null;
  }
  if (idle === "touch") await touchSession(database, found.session.id, now);
  return {
    userId: found.user.id,
    name: found.user.name,
    email: found.user.email,
    twoFactorEnabled: found.user.twoFactorEnabled,
    sessionId: found.session.id,
    centreId: current.centreId,
    centreName: current.centreName,
    role: current.role,
    memberships: list,
  };
}

/**
 * First line of every protected loader and action. Redirects to the login page when nobody is
 * signed in, and an admin or coordinator without two-factor sign-in to its enrolment page first.
 */
export async function requireViewer(request: Request): Promise<Scope> {
  const { db } = await getDatabase();
  const viewer = await getViewer(request, db);
  if (!viewer) throw redirect(`/login?${new URLSearchParams({ next: pagePath(request) })}`);
  if (mustUseTwoFactor(viewer.role) && !viewer.twoFactorEnabled) {
    const next = request.method === "GET" ? pagePath(request) : "/start";
    throw redirect(`/login/enrol?${new URLSearchParams({ next })}`);
  }
  return { ...viewer, db, run: (fn) => inCentreSendingMail(db, viewer.centreId, fn) };
}

export async function requirePermission(request: Request, permission: Permission): Promise<Scope> {
  const scope = await requireViewer(request);
  if (!can(scope.role, permission)) throw new AppError("FORBIDDEN");
  return scope;
}

/** The expert record of a signed-in expert in their centre, or FORBIDDEN. */
export async function expertIdOf(tx: Tx, userId: string): Promise<string> {
  const [row] = await tx.select({ id: experts.id }).from(experts).where(eq(experts.userId, userId)).limit(1);
  if (!row) throw new AppError("FORBIDDEN");
  return row.id;
}

/** The client-contact record of a signed-in client contact in their centre, or FORBIDDEN. */
export async function contactOf(tx: Tx, userId: string): Promise<{ id: string; clientId: string }> {
  const [row] = await tx
    .select({ id: clientContacts.id, clientId: clientContacts.clientId })
    .from(clientContacts)
    .where(eq(clientContacts.userId, userId))
    .limit(1);
  if (!row) throw new AppError("FORBIDDEN");
  return row;
}
