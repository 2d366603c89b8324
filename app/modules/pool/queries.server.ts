import { and, asc, count, eq, or, type SQL, sql } from "drizzle-orm";
import { planned, type Tx } from "~/db/client.server";
import {
  areas,
  type DayPart,
  type ExpertStatus,
  expertAreas,
  expertAvailability,
  experts,
  expertThemes,
  expertWorkForms,
} from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan, assertId } from "~/modules/accounts/guard";
import { recordAudit } from "~/modules/audit/record.server";
import { PAGE_SIZE, type PoolFilters } from "./input";
import { likePattern } from "./rules";

export type ExpertRow = {
  id: string;
  name: string;
  status: ExpertStatus;
  homeArea: string | null;
  acceptsOnline: boolean;
  themes: string[];
};

function conditions(filters: PoolFilters): SQL[] {
  const where: SQL[] = [];
  if (filters.q) {
    const pattern = likePattern(filters.q);
    where.push(
      or(
        sql`(${experts.firstName} || ' ' || ${experts.lastName}) ilike ${pattern}`,
        sql`${experts.profileText} ilike ${pattern}`,
        sql`to_tsvector('dutch', ${experts.profileText}) @@ plainto_tsquery('dutch', ${filters.q})`,
      ) as SQL,
    );
  }
  if (filters.status) where.push(eq(experts.status, filters.status));
  if (filters.theme) {
    const theme = filters.theme;
    where.push(
      sql`exists (select 1 from ${expertThemes} where ${expertThemes.expertId} = ${experts.id} and ${expertThemes.themeId} = ${theme})`,
    );
  }
  if (filters.workForm) {
    const form = filters.workForm;
    where.push(
      sql`exists (select 1 from ${expertWorkForms} where ${expertWorkForms.expertId} = ${experts.id} and ${expertWorkForms.workFormId} = ${form})`,
    );
  }
  if (filters.area) {
    const area = filters.area;
    where.push(
      or(
        eq(experts.homeAreaId, area),
        sql`exists (select 1 from ${expertAreas} where ${expertAreas.expertId} = ${experts.id} and ${expertAreas.areaId} = ${area})`,
      ) as SQL,
    );
  }
  if (filters.weekday) {
    const day = filters.weekday;
    where.push(
      sql`exists (select 1 from ${expertAvailability} where ${expertAvailability.expertId} = ${experts.id} and ${expertAvailability.weekday} = ${day})`,
    );
  }
  return where;
}

/** One page of the pool with the number of experts that match the search and filters. */
export async function listExperts(
  tx: Tx,
  actor: Actor,
  filters: PoolFilters,
): Promise<{ rows: ExpertRow[]; total: number; page: number; pages: number }> {
  assertCan(actor, "pool:read");
  const where = and(...conditions(filters));
  // one statement per page: the rows, their themes and the number found (a second only past the last page)
  const pageOf = (page: number) =>
    planned(
      "pool_page",
      tx
        .select({
          id: experts.id,
          firstName: experts.firstName,
          lastName: experts.lastName,
          status: experts.status,
          homeArea: areas.name,
          acceptsOnline: experts.acceptsOnline,
          themes: sql<string[]>`coalesce((select array_agg(t.name order by t.name) from expert_themes et
          join themes t on t.id = et.theme_id where et.expert_id = ${experts.id}), '{}')`,
          total: sql<number>`count(*) over ()`.mapWith(Number),
        })
        .from(experts)
        .leftJoin(areas, eq(areas.id, experts.homeAreaId))
        .where(where)
        .orderBy(asc(experts.lastName), asc(experts.firstName), asc(experts.id))
        .limit(PAGE_SIZE)
        .offset((page - 1) * PAGE_SIZE),
    );
  let page = Math.max(1, filters.page);
  let found = await pageOf(page);
  let total = found[0]?.total ?? 0;
  if (found.length === 0 && page > 1) {
    // an old link past the last page: the last page that has rows
    [{ total }] = await tx.select({ total: count() }).from(experts).where(where);
    page = Math.max(1, Math.ceil(total / PAGE_SIZE));
    found = total ? await pageOf(page) : [];
  }
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const rows = found.map((r) => ({
    id: r.id,
    name: `${r.firstName} ${r.lastName}`,
    status: r.status,
    homeArea: r.homeArea,
    acceptsOnline: r.acceptsOnline,
    themes: r.themes,
  }));
  return { rows, total, page, pages };
}

export type ExpertLinks = {
  themeIds: string[];
  workFormIds: string[];
  areaIds: string[];
  availability: { weekday: number; dayPart: DayPart }[];
};

/** The ids in the link tables of one expert. */
export async function linksOf(tx: Tx, expertId: string): Promise<ExpertLinks> {
  // One query at a time: they share the transaction's connection (issue 14.16).
  const themeRows = await tx
    .select({ id: expertThemes.themeId })
    .from(expertThemes)
    .where(eq(expertThemes.expertId, expertId));
  const formRows = await tx
    .select({ id: expertWorkForms.workFormId })
    .from(expertWorkForms)
    .where(eq(expertWorkForms.expertId, expertId));
  const areaRows = await tx
    .select({ id: expertAreas.areaId })
    .from(expertAreas)
    .where(eq(expertAreas.expertId, expertId));
  const availability = await tx
    .select({ weekday: expertAvailability.weekday, dayPart: expertAvailability.dayPart })
    .from(expertAvailability)
    .where(eq(expertAvailability.expertId, expertId))
    .orderBy(asc(expertAvailability.weekday));
  return {
    themeIds: themeRows.map((r) => r.id),
    workFormIds: formRows.map((r) => r.id),
    areaIds: areaRows.map((r) => r.id),
    availability,
  };
}

/** The expert row for the edit form, private notes included: showing them is logged. */
export async function expertForEdit(tx: Tx, actor: Actor, expertId: string) {
  assertCan(actor, "pool:write");
  assertCan(actor, "notes:read");
  assertId(expertId);
  const [row] = await tx
    .select({
      id: experts.id,
      firstName: experts.firstName,
      lastName: experts.lastName,
      email: experts.email,
      phone: experts.phone,
      status: experts.status,
      certifiedOn: experts.certifiedOn,
      homeAreaId: experts.homeAreaId,
      maxTravelKm: experts.maxTravelKm,
      acceptsOnline: experts.acceptsOnline,
      languages: experts.languages,
      profileText: experts.profileText,
      privateNotes: experts.privateNotes,
    })
    .from(experts)
    .where(eq(experts.id, expertId));
  if (!row) throw new AppError("NOT_FOUND");
  await recordAudit(tx, actor, {
    action: "read_private",
    entity: "expert",
    entityId: expertId,
    detail: { fields: ["privateNotes"], via: "edit" },
  });
  return { ...row, ...(await linksOf(tx, expertId)) };
}
