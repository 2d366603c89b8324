import { eq, inArray } from "drizzle-orm";
import { type Db, inCentre, type Tx } from "~/db/client.server";
import { clientContacts, experts, trainees } from "~/db/schema";
import type { Actor } from "~/modules/accounts/actor";
import { recordAudit } from "~/modules/audit/record.server";
import { type HoldingGroup, holdings, type PersonKeys, type Row } from "./holdings.server";

/** The groups in the order the page shows them. */
export const holdingGroups: HoldingGroup[] = ["account", "profile", "work", "training", "contact", "log"];

export type PersonData = {
  exportedAt: string;
  centre: string;
  person: string;
  groups: {
    group: HoldingGroup;
    holdings: { key: string; rows: Row[]; values?: Record<string, string> }[];
  }[];
};

/** The records in this centre that belong to a login: their pool record, training and contact person. */
export async function personKeysOf(tx: Tx, userId: string): Promise<PersonKeys> {
  const expertIds = (await tx.select({ id: experts.id }).from(experts).where(eq(experts.userId, userId))).map(
    (r) => r.id,
  );
  const contactIds = (
    await tx.select({ id: clientContacts.id }).from(clientContacts).where(eq(clientContacts.userId, userId))
  ).map((r) => r.id);
  const traineeIds = expertIds.length
    ? (await tx.select({ id: trainees.id }).from(trainees).where(inArray(trainees.expertId, expertIds))).map(
        (r) => r.id,
      )
    : [];
  return { userId, expertIds, traineeIds, contactIds };
}

/** JSON-safe values: dates as ISO text, everything else as it is. */
function plain(row: Row): Row {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value]),
  );
}

/**
 * Everything Tandem holds about the signed-in person in this centre, grouped as the data page shows
 * it (the JSON download is the same object). The login's own rows (sessions, sign-in methods,
 * two-factor) are read first, for this login only; then the centre's records in one transaction in the
 * centre (row-level security keeps them to it). Not inside one transaction: PGlite has one connection.
 * A download writes a log line (the person took their data).
 */
export async function collectOwnData(
  db: Db,
  actor: Actor & { name: string; centreName: string },
  options: { download?: boolean; now?: Date } = {},
): Promise<PersonData> {
  const now = options.now ?? new Date();
  const read = new Map<string, Row[]>();
  const login: PersonKeys = { userId: actor.userId, expertIds: [], traineeIds: [], contactIds: [] };
  for (const holding of holdings.filter((h) => h.scope === "account"))
    read.set(holding.key, (await holding.read(db, login)).map(plain));
  await inCentre(db, actor.centreId, async (tx) => {
    const keys = await personKeysOf(tx, actor.userId);
    for (const holding of holdings.filter((h) => h.scope === "centre"))
      read.set(holding.key, (await holding.read(tx, keys)).map(plain));
    if (options.download)
      await recordAudit(tx, actor, { action: "export", entity: "own_data", entityId: actor.userId });
  });
  return {
    exportedAt: now.toISOString(),
    centre: actor.centreName,
    person: actor.name,
    groups: holdingGroups
      .map((group) => ({
        group,
        holdings: holdings
          .filter((h) => h.group === group)
          .map((h) => ({ key: h.key, rows: read.get(h.key) ?? [], values: h.values })),
      }))
      .filter((g) => g.holdings.some((h) => h.rows.length > 0)),
  };
}
