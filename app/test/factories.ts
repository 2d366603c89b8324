import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Db } from "~/db/client.server";
import {
  centres,
  clientContacts,
  clients,
  experts,
  memberships,
  type Role,
  requests,
  type Sector,
  user,
} from "~/db/schema";
import type { Actor } from "~/modules/accounts/actor";

/**
 * Factories for database tests (as the owner, so they can set up any centre). Each creates the
 * parents it needs and uses unique invented values, so tests never depend on seed data.
 */
const unique = () => randomUUID().slice(0, 8);

export async function insertCentre(db: Db, overrides: Partial<typeof centres.$inferInsert> = {}) {
  const slug = overrides.slug ?? `centrum-${unique()}`;
  const [row] = await db
    .insert(centres)
    .values({ name: `Centrum ${slug}`, slug, ...overrides })
    .returning();
  return row;
}

/** A user with a membership in a centre: the actor a module gets from a signed-in request. */
export async function insertActor(db: Db, centreId: string, role: Role, name?: string): Promise<Actor> {
  const id = unique();
  const [person] = await db
    .insert(user)
    .values({ name: name ?? `Persoon ${id}`, email: `persoon-${id}@example.org`, emailVerified: true })
    .returning({ id: user.id });
  await db.insert(memberships).values({ centreId, userId: person.id, role });
  return { userId: person.id, centreId, role };
}

export async function insertExpert(
  db: Db,
  centreId: string,
  overrides: Partial<typeof experts.$inferInsert> = {},
) {
  const id = unique();
  const [row] = await db
    .insert(experts)
    .values({
      centreId,
      firstName: "Expert",
      lastName: id,
      email: `expert-${id}@example.org`,
      status: "active",
      certifiedOn: "2025-06-30",
      profileText: "Ervaringsdeskundige in armoede.",
      ...overrides,
    })
    .returning();
  return row;
}

/** An expert with a login (role expert) linked to their pool record. */
export async function insertExpertWithLogin(
  db: Db,
  centreId: string,
  overrides: Partial<typeof experts.$inferInsert> = {},
) {
  const actor = await insertActor(db, centreId, "expert");
  const expert = await insertExpert(db, centreId, { userId: actor.userId, ...overrides });
  return { actor, expert };
}

export async function insertClient(
  db: Db,
  centreId: string,
  overrides: Partial<typeof clients.$inferInsert> & { sector?: Sector } = {},
) {
  const [row] = await db
    .insert(clients)
    .values({ centreId, name: `Opdrachtgever ${unique()}`, sector: "municipality", ...overrides })
    .returning();
  return row;
}

export async function insertContact(
  db: Db,
  centreId: string,
  clientId: string,
  overrides: Partial<typeof clientContacts.$inferInsert> = {},
) {
  const id = unique();
  const [row] = await db
    .insert(clientContacts)
    .values({ centreId, clientId, name: `Contact ${id}`, email: `contact-${id}@example.org`, ...overrides })
    .returning();
  return row;
}

export async function insertRequest(
  db: Db,
  centreId: string,
  overrides: Partial<typeof requests.$inferInsert> = {},
) {
  const clientId = overrides.clientId ?? (await insertClient(db, centreId)).id;
  const [{ number }] = await db
    .update(centres)
    .set({ requestSeq: sql`${centres.requestSeq} + 1` })
    .where(eq(centres.id, centreId))
    .returning({ number: centres.requestSeq });
  const [row] = await db
    .insert(requests)
    .values({ centreId, clientId, number, title: `Workshop ${unique()}`, status: "new", ...overrides })
    .returning();
  return row;
}
