import { and, asc, count, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import {
  areas,
  type DayPart,
  type ExpertStatus,
  expertAreas,
  expertAvailability,
  experts,
  expertThemes,
  expertWorkForms,
  themes,
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
  const [{ total }] = await tx.select({ total: count() }).from(experts).where(where);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(filters.page, pages);
  const found = await tx
    .select({
      id: experts.id,
      firstName: experts.firstName,
      lastName: experts.lastName,
      status: experts.status,
      homeArea: areas.name,
      acceptsOnline: experts.acceptsOnline,
    })
    .from(experts)
    .leftJoin(areas, eq(areas.id, experts.homeAreaId))
    .where(where)
    .orderBy(asc(experts.lastName), asc(experts.firstName), asc(experts.id))
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE);
  const themeRows = found.length
    ? await tx
        .select({ expertId: expertThemes.expertId, name: themes.name })
        .from(expertThemes)
        .innerJoin(themes, eq(themes.id, expertThemes.themeId))
        .where(
          inArray(
            expertThemes.expertId,
            found.map((r) => r.id),
          ),
        )
        .orderBy(asc(themes.name))
    : [];
  const rows = found.map((r) => ({
    id: r.id,
    name: `${r.firstName} ${r.lastName}`,
    status: r.status,
    homeArea: r.homeArea,
    acceptsOnline: r.acceptsOnline,
    themes: themeRows.filter((t) => t.expertId === r.id).map((t) => t.name),
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
