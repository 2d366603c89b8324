import { and, asc, eq, ne, sql } from "drizzle-orm";
import { queryRows, type Tx } from "~/db/client.server";
import { areas } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { recordAudit } from "~/modules/audit/record.server";
import { toE6 } from "~/modules/pool/rules";
import type { AreaInput } from "./input";
import { assertPoolWrite } from "./lists.server";

export type AreaRow = {
  id: string;
  name: string;
  province: string | null;
  latitude: number | null;
  longitude: number | null;
  uses: number;
};

/** The centre's areas with how often each is used (experts, clients, requests): only unused ones can go. */
export async function areasWithUse(tx: Tx, actor: Actor): Promise<AreaRow[]> {
  assertPoolWrite(actor);
  const rows = await tx
    .select({
      id: areas.id,
      name: areas.name,
      province: areas.province,
      latE6: areas.latE6,
      lonE6: areas.lonE6,
      uses: sql<number>`(
        (select count(*) from expert_areas ea where ea.area_id = ${areas.id})
        + (select count(*) from experts e where e.home_area_id = ${areas.id})
        + (select count(*) from clients c where c.area_id = ${areas.id})
        + (select count(*) from requests r where r.area_id = ${areas.id}))::int`,
    })
    .from(areas)
    .orderBy(asc(areas.name));
  return rows.map(({ latE6, lonE6, ...r }) => ({
    ...r,
    uses: Number(r.uses),
    latitude: latE6 == null ? null : latE6 / 1_000_000,
    longitude: lonE6 == null ? null : lonE6 / 1_000_000,
  }));
}

async function assertFreeName(tx: Tx, name: string, exceptId?: string) {
  const sameName = sql`lower(${areas.name}) = lower(${name})`;
  const [found] = await tx
    .select({ id: areas.id })
    .from(areas)
    .where(exceptId ? and(sameName, ne(areas.id, exceptId)) : sameName)
    .limit(1);
  if (found)
    throw new AppError("CONFLICT", "settings:errors.nameTaken", { name: ["settings:errors.nameTaken"] });
}

const columns = (input: AreaInput) => ({
  name: input.name,
  province: input.province ?? null,
  latE6: toE6(input.latitude),
  lonE6: toE6(input.longitude),
});

export async function addArea(tx: Tx, actor: Actor, input: AreaInput): Promise<{ id: string }> {
  assertPoolWrite(actor);
  await assertFreeName(tx, input.name);
  const [row] = await tx
    .insert(areas)
    .values({ centreId: actor.centreId, ...columns(input) })
    .returning({ id: areas.id });
  await recordAudit(tx, actor, { action: "create", entity: "area", entityId: row.id });
  return row;
}

export async function updateArea(tx: Tx, actor: Actor, input: AreaInput & { id: string }): Promise<void> {
  assertPoolWrite(actor);
  await assertFreeName(tx, input.name, input.id);
  const done = await tx
    .update(areas)
    .set(columns(input))
    .where(eq(areas.id, input.id))
    .returning({ id: areas.id });
  if (done.length === 0) throw new AppError("NOT_FOUND");
  await recordAudit(tx, actor, {
    action: "update",
    entity: "area",
    entityId: input.id,
    detail: { fields: ["name", "province", "latE6", "lonE6"] },
  });
}

/** Removes an area nobody uses; an area linked to an expert, client or request gives CONFLICT. */
export async function removeArea(tx: Tx, actor: Actor, input: { id: string }): Promise<void> {
  assertPoolWrite(actor);
  const [row] = await queryRows<{ uses: number }>(
    tx,
    sql`select (
        (select count(*) from expert_areas ea where ea.area_id = ${input.id})
        + (select count(*) from experts e where e.home_area_id = ${input.id})
        + (select count(*) from clients c where c.area_id = ${input.id})
        + (select count(*) from requests r where r.area_id = ${input.id}))::int as uses`,
  );
  if (Number(row?.uses ?? 0) > 0) throw new AppError("CONFLICT", "settings:errors.areaInUse");
  const done = await tx.delete(areas).where(eq(areas.id, input.id)).returning({ id: areas.id });
  if (done.length === 0) throw new AppError("NOT_FOUND");
  await recordAudit(tx, actor, { action: "delete", entity: "area", entityId: input.id });
}
