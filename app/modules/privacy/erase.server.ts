import { createHash } from "node:crypto";
import { and, desc, eq, sql } from "drizzle-orm";
import { type Db, inCentre, type Tx } from "~/db/client.server";
import { auditLog, jobs, memberships, requests, user, verification } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan } from "~/modules/accounts/guard";
import { recordAudit } from "~/modules/audit/record.server";
import { holdings, type PersonKeys } from "./holdings.server";
import { personKeysOf } from "./person-data.server";

export type Erasure = {
  pseudonym: string;
  /** How many of the person's records were found, per kind. */
  found: { login: boolean; poolRecords: number; trainees: number; contactPersons: number };
  /** Whether the login itself was deleted (it is kept while it has a place in another centre). */
  loginDeleted: boolean;
};

/** A stable pseudonym for the records that stay (an inzet, a trainee counted in the figures). */
function pseudonymOf(keys: PersonKeys): string {
  // found by address alone (an advice asker, a pilot's professional): the address makes it one's own
  const seed =
    [keys.userId, ...keys.expertIds, ...keys.traineeIds, ...keys.contactIds].join(",") || (keys.email ?? "");
  return `P-${createHash("sha256").update(seed).digest("hex").slice(0, 8).toUpperCase()}`;
}

/** Whether a holding found by address alone (no login or record points at the person) has rows. */
async function heldByAddress(tx: Tx, keys: PersonKeys): Promise<boolean> {
  for (const holding of holdings)
    if (
      holding.scope === "centre" &&
      holding.covers.length === 0 &&
      (await holding.read(tx, keys)).length > 0
    )
      return true;
  return false;
}

/**
 * Erases a person from a centre on their request (AVG art. 17; `tandem privacy erase` and the
 * coordinator's page). In one transaction in the centre, every holding's erase step runs (rows
 * about them go, their text is cleared, rows that figures count keep their numbers and point at a
 * pseudonym); mail to their address that is queued or kept goes too. Then, outside the centre, the
 * login is deleted when no other centre has them (sessions, sign-in methods, two-factor and one-time
 * codes go with it). Aggregate figures stay the same: trainees, outcomes and measurements are kept.
 */
/** Earlier erasures in the centre, newest first: when, by whom, under which pseudonym. */
export async function erasuresAt(tx: Tx, actor: Actor) {
  assertCan(actor, "privacy:manage");
  const rows = await tx
    .select({ at: auditLog.at, by: user.name, detail: auditLog.detail })
    .from(auditLog)
    .leftJoin(user, eq(user.id, auditLog.userId))
    .where(and(eq(auditLog.entity, "person_data"), eq(auditLog.action, "delete")))
    .orderBy(desc(auditLog.at))
    .limit(100);
  return rows.map((r) => ({
    at: r.at,
    by: r.by,
    pseudonym: String(r.detail.pseudonym ?? ""),
    records:
      Number(r.detail.poolRecords ?? 0) +
      Number(r.detail.trainees ?? 0) +
      Number(r.detail.contactPersons ?? 0),
  }));
}

export async function erasePerson(
  db: Db,
  centreId: string,
  email: string,
  by: Actor | { centreId: string; userId: null },
): Promise<Erasure> {
  if ("role" in by) assertCan(by, "privacy:manage");
  const address = email.trim().toLowerCase();
  const { keys, pseudonym } = await inCentre(db, centreId, async (tx) => {
    const found = await personKeysOf(tx, { email: address });
    if (
      !found.userId &&
      !found.expertIds.length &&
      !found.traineeIds.length &&
      !found.contactIds.length &&
      !(await heldByAddress(tx, found))
    )
      throw new AppError("NOT_FOUND");
    const pseudonym = pseudonymOf(found);
    for (const holding of holdings)
      if (typeof holding.erase === "function") await holding.erase(tx, found, pseudonym);
    // a request sent through the public form names whoever sent it
    await tx
      .update(requests)
      .set({ submittedBy: null })
      .where(sql`lower(${requests.submittedBy}) like ${`%${address}%`}`);
    await recordAudit(tx, by, {
      action: "delete",
      entity: "person_data",
      detail: {
        pseudonym,
        poolRecords: found.expertIds.length,
        trainees: found.traineeIds.length,
        contactPersons: found.contactIds.length,
      },
    });
    return { keys: found, pseudonym };
  });
  // outside the centre: mail planned or kept for the address, and the login when no centre has them
  await db.delete(jobs).where(sql`lower(${jobs.payload}::text) like ${`%${address}%`}`);
  await db.delete(verification).where(sql`lower(${verification.identifier}) like ${`%${address}%`}`);
  let loginDeleted = false;
  if (keys.userId) {
    const [other] = await db
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.userId, keys.userId)))
      .limit(1);
    if (!other) {
      await db.delete(user).where(eq(user.id, keys.userId));
      loginDeleted = true;
    }
  }
  return {
    pseudonym,
    found: {
      login: keys.userId !== null,
      poolRecords: keys.expertIds.length,
      trainees: keys.traineeIds.length,
      contactPersons: keys.contactIds.length,
    },
    loginDeleted,
  };
}
