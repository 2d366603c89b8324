import { desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { queryRows, type Tx } from "~/db/client.server";
import { consents } from "~/db/schema";
import type { Actor } from "~/modules/accounts/actor";
import { recordAudit } from "~/modules/audit/record.server";
import { type ConsentPurpose, consentPurposes, consentVersions } from "./values";

export type ConsentState = {
  purpose: ConsentPurpose;
  /** null: never asked or never decided. */
  given: boolean | null;
  decidedAt: Date | null;
  textVersion: string | null;
  /** The text changed since the person decided: ask again. */
  outdated: boolean;
};

export type ConsentDecision = {
  purpose: ConsentPurpose;
  given: boolean;
  decidedAt: Date;
  textVersion: string;
};

/** Every decision the person made, newest first: the record that shows what they agreed to, and when. */
export async function consentHistory(tx: Tx, userId: string): Promise<ConsentDecision[]> {
  return tx
    .select({
      purpose: consents.purpose,
      given: consents.given,
      decidedAt: consents.decidedAt,
      textVersion: consents.textVersion,
    })
    .from(consents)
    .where(eq(consents.userId, userId))
    .orderBy(desc(consents.decidedAt));
}

/** What holds now, per purpose: the newest decision of a history (newest first). */
export function currentConsents(history: readonly ConsentDecision[]): ConsentState[] {
  return consentPurposes.map((purpose) => {
    const latest = history.find((r) => r.purpose === purpose);
    return {
      purpose,
      given: latest?.given ?? null,
      decidedAt: latest?.decidedAt ?? null,
      textVersion: latest?.textVersion ?? null,
      outdated: Boolean(latest?.given && latest.textVersion !== consentVersions[purpose]),
    };
  });
}

/** What holds now for one person, per purpose (the newest decision). */
export async function consentsOf(tx: Tx, userId: string): Promise<ConsentState[]> {
  return currentConsents(await consentHistory(tx, userId));
}

/**
 * The person gives or withdraws their consent for one purpose; only for themselves. It takes effect at
 * once: every page and report asks `notWithdrawn` or `givenBy` when it reads.
 */
export async function decideConsent(tx: Tx, actor: Actor, purpose: ConsentPurpose, given: boolean) {
  await tx.insert(consents).values({
    centreId: actor.centreId,
    userId: actor.userId,
    purpose,
    given,
    textVersion: consentVersions[purpose],
  });
  await recordAudit(tx, actor, {
    action: given ? "create" : "delete",
    entity: "consent",
    entityId: actor.userId,
    detail: { purpose, version: consentVersions[purpose] },
  });
}

/** Of these logins, the ones whose newest decision for the purpose is a consent. */
export async function givenBy(
  tx: Tx,
  purpose: ConsentPurpose,
  userIds: readonly string[],
): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await latestOf(tx, purpose, userIds);
  return new Set(rows.filter((r) => r.given).map((r) => r.userId));
}

async function latestOf(tx: Tx, purpose: ConsentPurpose, userIds: readonly string[]) {
  return queryRows<{ userId: string; given: boolean }>(
    tx,
    sql`select distinct on (user_id) user_id as "userId", given from consents
      where purpose = ${purpose} and ${inArray(consents.userId, [...userIds])}
      order by user_id, decided_at desc`,
  );
}

/**
 * A SQL condition for queries that show something only while its person has not withdrawn: true when
 * the login has no withdrawal as its newest decision for the purpose (or there is no login).
 */
export function notWithdrawn(purpose: ConsentPurpose, userId: SQL): SQL {
  return sql`coalesce((select c.given from consents c where c.user_id = ${userId} and c.purpose = ${purpose}
    order by c.decided_at desc limit 1), true)`;
}
