import { eq, inArray, or, sql } from "drizzle-orm";
import { type Db, inCentre, type Tx } from "~/db/client.server";
import { clientContacts, experts, memberships, trainees, user } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan } from "~/modules/accounts/guard";
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

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

/**
 * The records in this centre that belong to a person: found by their login, or by an e-mail address
 * (the operator's export and erasure: a trainee or contact person may have no login). Pool records,
 * contact persons and trainees with that address or linked to that login, and the trainees linked
 * to those pool records.
 */
export async function personKeysOf(tx: Tx, who: { userId: string } | { email: string }): Promise<PersonKeys> {
  let userId: string | null = "userId" in who ? who.userId : null;
  let email = "email" in who ? who.email.trim().toLowerCase() : null;
  if (userId) {
    const [login] = await tx.select({ email: user.email }).from(user).where(eq(user.id, userId));
    email = login?.email.toLowerCase() ?? null;
  } else if (email) {
    const [login] = await tx
      .select({ id: user.id })
      .from(user)
      .innerJoin(memberships, eq(memberships.userId, user.id))
      .where(sql`lower(${user.email}) = ${email}`);
    userId = login?.id ?? null;
  }
  // by address only when asked by address: a login's pool record is the one linked to it
  const asked = "email" in who ? email : null;
  const byEmail = (column: typeof experts.email | typeof trainees.email | typeof clientContacts.email) =>
    asked ? sql`lower(${column}) = ${asked}` : sql`false`;
  const byUser = (column: typeof experts.userId | typeof clientContacts.userId) =>
    userId ? eq(column, userId) : sql`false`;
  const expertIds = ids(
    await tx
      .select({ id: experts.id })
      .from(experts)
      .where(or(byUser(experts.userId), byEmail(experts.email))),
  );
  const contactIds = ids(
    await tx
      .select({ id: clientContacts.id })
      .from(clientContacts)
      .where(or(byUser(clientContacts.userId), byEmail(clientContacts.email))),
  );
  const traineeIds = ids(
    await tx
      .select({ id: trainees.id })
      .from(trainees)
      .where(
        or(expertIds.length ? inArray(trainees.expertId, expertIds) : sql`false`, byEmail(trainees.email)),
      ),
  );
  return { userId, email, expertIds, traineeIds, contactIds };
}

/** JSON-safe values: dates as ISO text, everything else as it is. */
function plain(row: Row): Row {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value]),
  );
}

/**
 * Everything Tandem holds about one person in one centre, grouped as the data page shows it (the JSON
 * is the same object). The centre's records are read in one transaction in the centre (row-level
 * security keeps them to it); the login's own rows (sessions, sign-in methods, two-factor) after it,
 * for that login only: not inside it, as PGlite has one connection.
 */
async function collect(
  db: Db,
  centre: { id: string; name: string },
  who: { userId: string } | { email: string },
  log: (tx: Tx, keys: PersonKeys) => Promise<void>,
  now: Date,
): Promise<PersonData & { keys: PersonKeys }> {
  const read = new Map<string, Row[]>();
  const keys = await inCentre(db, centre.id, async (tx) => {
    const found = await personKeysOf(tx, who);
    for (const holding of holdings.filter((h) => h.scope === "centre"))
      read.set(holding.key, (await holding.read(tx, found)).map(plain));
    await log(tx, found);
    return found;
  });
  for (const holding of holdings.filter((h) => h.scope === "account"))
    read.set(holding.key, (await holding.read(db, keys)).map(plain));
  const [name] = [
    ...(read.get("login") ?? []),
    ...(read.get("expert") ?? []),
    ...(read.get("trainee") ?? []),
    ...(read.get("contact") ?? []),
  ].map((r) => (r.name as string | undefined) ?? `${r.firstName ?? ""} ${r.lastName ?? ""}`.trim());
  return {
    keys,
    exportedAt: now.toISOString(),
    centre: centre.name,
    person: name ?? "",
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

/** The signed-in person's own data (/account/data). A download writes a log line: the person took their data. */
export async function collectOwnData(
  db: Db,
  actor: Actor & { centreName: string; name?: string },
  options: { download?: boolean; now?: Date } = {},
): Promise<PersonData> {
  const { keys: _keys, ...data } = await collect(
    db,
    { id: actor.centreId, name: actor.centreName },
    { userId: actor.userId },
    async (tx) => {
      if (options.download)
        await recordAudit(tx, actor, { action: "export", entity: "own_data", entityId: actor.userId });
    },
    options.now ?? new Date(),
  );
  return data;
}

/**
 * A person's data found by their e-mail address, for the operator (`tandem privacy export`) or a
 * coordinator (/privacy, a request by letter or at the desk): the same JSON as their own download.
 * The export is logged on the person's records, so they see it in "Wie las mijn gegevens".
 * NOT_FOUND when the centre holds nothing under that address.
 */
export async function collectPersonDataAsOperator(
  db: Db,
  centre: { id: string; name: string },
  email: string,
  now = new Date(),
  by: Actor | { centreId: string; userId: null } = { centreId: centre.id, userId: null },
): Promise<PersonData> {
  const { keys, ...data } = await collect(
    db,
    centre,
    { email },
    async (tx, found) => {
      const entityId = found.userId ?? found.expertIds[0] ?? found.traineeIds[0] ?? found.contactIds[0];
      if (!entityId) return;
      await recordAudit(tx, by, {
        action: "export",
        entity: "person_data",
        entityId,
        detail: { via: by.userId ? "page" : "cli" },
      });
    },
    now,
  );
  // found by address alone (an advice asker, a pilot's professional) also counts when rows were read
  if (
    !keys.userId &&
    !keys.expertIds.length &&
    !keys.traineeIds.length &&
    !keys.contactIds.length &&
    data.groups.length === 0
  )
    throw new AppError("NOT_FOUND");
  return data;
}

/** The same, asked by a coordinator on /privacy ("privacy:manage"). */
export function collectPersonDataAsStaff(
  db: Db,
  actor: Actor & { centreName: string },
  email: string,
): Promise<PersonData> {
  assertCan(actor, "privacy:manage");
  return collectPersonDataAsOperator(
    db,
    { id: actor.centreId, name: actor.centreName },
    email,
    new Date(),
    actor,
  );
}
