import { asc, eq } from "drizzle-orm";
import type { Db } from "~/db/client.server";
import { centres, memberships, type Role, session } from "~/db/schema";

export type Membership = {
  centreId: string;
  centreName: string;
  centreSlug: string;
  role: Role;
  /** What the page header and footer show of the centre (its colour, logo and contact). */
  centreColour: string | null;
  centreLogoAt: Date | null;
  centreEmail: string | null;
  centrePhone: string | null;
};

/** The columns of a Membership, over `memberships` joined with `centres` (also the session lookup's). */
export const membershipColumns = {
  centreId: centres.id,
  centreName: centres.name,
  centreSlug: centres.slug,
  role: memberships.role,
  centreColour: centres.brandColour,
  centreLogoAt: centres.logoUpdatedAt,
  centreEmail: centres.email,
  centrePhone: centres.phone,
};

/** Which centres a user belongs to. Runs as the database owner: it is the step that decides the tenant. */
export async function membershipsOf(db: Db, userId: string): Promise<Membership[]> {
  return db
    .select(membershipColumns)
    .from(memberships)
    .innerJoin(centres, eq(centres.id, memberships.centreId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(centres.name));
}

/** The `centre` cookie: the centre the person last chose themselves (a preference for the next sign-in). */
export function chosenCentre(cookieHeader: string | null | undefined): string | undefined {
  return (cookieHeader ?? "").match(/(?:^|;\s*)centre=([0-9a-f-]{36})/)?.[1];
}

/** The centre a new session starts in: the person's last own choice when they still belong there, else their first. */
export function startingCentre(list: Membership[], cookieHeader: string | null | undefined): string | null {
  const chosen = chosenCentre(cookieHeader);
  return (list.find((m) => m.centreId === chosen) ?? list[0])?.centreId ?? null;
}

/** Fixes the centre of one session. Called at sign-in and when the person switches centre themselves. */
export async function pinSessionCentre(db: Db, sessionId: string, centreId: string): Promise<void> {
  await db.update(session).set({ activeCentreId: centreId }).where(eq(session.id, sessionId));
}

/** STAFF_IDLE_MINUTES (default 30): a staff session without a request for this long ends. */
export function staffIdleMinutes(): number {
  const value = Number(process.env.STAFF_IDLE_MINUTES ?? 30);
  return Number.isFinite(value) && value > 0 ? value : 30;
}

/** How often the last-seen time is written: at most once a minute, to keep a request cheap. */
export const lastSeenEveryMs = 60_000;

export type IdleCheck = "active" | "touch" | "expired";

/** Pure rule: is a session with this last-seen time still active, due for a new last-seen time, or over? */
export function idleState(lastSeen: Date, now: Date, idleMinutes: number | null): IdleCheck {
  const quiet = now.getTime() - lastSeen.getTime();
  if (idleMinutes !== null && quiet > idleMinutes * 60_000) return "expired";
  return quiet >= lastSeenEveryMs ? "touch" : "active";
}

export async function touchSession(db: Db, sessionId: string, now: Date): Promise<void> {
  await db.update(session).set({ lastSeenAt: now }).where(eq(session.id, sessionId));
}
