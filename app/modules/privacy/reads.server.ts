import { sql } from "drizzle-orm";
import { queryRows, type Tx } from "~/db/client.server";
import type { Role } from "~/db/values";
import type { Actor } from "~/modules/accounts/actor";
import type { PersonKeys } from "./holdings.server";
import { personKeysOf } from "./person-data.server";

/**
 * Who read a person's sensitive records (/account/reads). Every read of such a record writes a line in
 * the audit log (`read_private`, or `export` for a file); this list says which lines are about which of
 * the person's records. A new kind of sensitive record adds its line here and logs its reads.
 */
export const readKinds = [
  { kind: "privateNotes", action: "read_private", entity: "expert", key: "expert" },
  { kind: "zrm", action: "read_private", entity: "measurement", key: "trainee" },
  { kind: "benefit", action: "read_private", entity: "trainee", key: "trainee" },
  /** A coaching note: the log line names the note; its detail names the expert it is about. */
  { kind: "coachingNotes", action: "read_private", entity: "coaching_note", key: "expert", via: "detail" },
  /** All of the person's data, taken out by the operator (`tandem privacy export`). */
  { kind: "dataExport", action: "export", entity: "person_data", key: "any" },
] as const satisfies {
  kind: string;
  action: string;
  entity: string;
  key: KeyName;
  /** Where the log line names the person's record: its entity id (default) or `detail.expertId`. */
  via?: "detail";
}[];

/** Which of the person's records a log line's entity id points at ("any": the login or any record). */
type KeyName = "expert" | "trainee" | "contact" | "any";

export type ReadKind = (typeof readKinds)[number]["kind"] | "poolExport";

export type ReadEntry = {
  at: Date;
  /** The reader's name; null when they no longer work at the centre (or a command on the server). */
  reader: string | null;
  role: Role | null;
  kind: ReadKind;
  /** The reason the reader gave, when the centre asks for one. */
  reason: string | null;
};

function idsOf(keys: PersonKeys, key: KeyName): string[] {
  if (key === "expert") return keys.expertIds;
  if (key === "trainee") return keys.traineeIds;
  if (key === "contact") return keys.contactIds;
  return [...(keys.userId ? [keys.userId] : []), ...keys.expertIds, ...keys.traineeIds, ...keys.contactIds];
}

const pgArray = (ids: string[]) => `{${ids.join(",")}}`;

/**
 * The reads of the signed-in person's sensitive records by anyone else, newest first (at most 500):
 * the private notes on their pool record, their ZRM scores, their benefit, and the pool exports made
 * while they were in the pool. Their own reads are left out.
 */
export async function readsOfOwnRecords(tx: Tx, actor: Actor): Promise<ReadEntry[]> {
  const keys = await personKeysOf(tx, { userId: actor.userId });
  const arms = readKinds
    .filter((k) => idsOf(keys, k.key).length > 0)
    .map((k) => {
      const ids = sql`${pgArray(idsOf(keys, k.key))}::uuid[]`;
      const points =
        "via" in k ? sql`(a.detail->>'expertId')::uuid = any(${ids})` : sql`a.entity_id = any(${ids})`;
      return sql`(a.action = ${k.action} and a.entity = ${k.entity} and ${points})`;
    });
  const kindCase = sql.join(
    readKinds.map((k) => sql`when a.action = ${k.action} and a.entity = ${k.entity} then ${k.kind}`),
    sql` `,
  );
  // a pool export holds everyone in the pool at that moment
  if (keys.expertIds.length)
    arms.push(sql`(a.action = 'export' and a.entity = 'expert' and a.entity_id is null
      and a.at >= (select min(e.created_at) from experts e where e.id = any(${pgArray(keys.expertIds)}::uuid[])))`);
  if (arms.length === 0) return [];
  const rows = await queryRows<{
    at: Date | string;
    reader: string | null;
    role: Role | null;
    kind: ReadKind;
    reason: string | null;
  }>(
    tx,
    sql`select a.at, u.name as reader, m.role,
      case ${kindCase} else 'poolExport' end as kind,
      a.detail->>'reason' as reason
    from audit_log a
    left join "user" u on u.id = a.user_id
    left join memberships m on m.user_id = a.user_id and m.centre_id = a.centre_id
    where a.centre_id = ${actor.centreId}
      and a.user_id is distinct from ${actor.userId}::uuid
      and (${sql.join(arms, sql` or `)})
    order by a.at desc
    limit 500`,
  );
  return rows.map((r) => ({ ...r, at: new Date(r.at), reader: r.role ? r.reader : null }));
}
