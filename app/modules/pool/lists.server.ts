import { asc, inArray, sql } from "drizzle-orm";
import { plannedRows, type Tx } from "~/db/client.server";
import { areas, experts, themes, workForms } from "~/db/schema";

/**
 * The centre's editable lists, for any module that needs them (requests, matching, pool).
 * Call inside `scope.run(tx => …)`: row-level security limits them to the centre.
 */

export type ListItem = { id: string; name: string; active: boolean };
export type AreaItem = {
  id: string;
  name: string;
  province: string | null;
  latE6: number | null;
  lonE6: number | null;
};

export type Choice = { value: string; label: string };

/** The themes, forms of work and areas (active and inactive, by name) as choices, in one statement. */
export async function poolChoices(
  tx: Tx,
): Promise<{ themes: Choice[]; workForms: Choice[]; areas: Choice[] }> {
  const rows = await plannedRows<{ kind: "themes" | "workForms" | "areas"; value: string; label: string }>(
    tx,
    "pool_choices",
    sql`select 'themes' as kind, id as value, name as label from themes
      union all select 'workForms', id, name from work_forms
      union all select 'areas', id, name from areas
      order by label`,
  );
  const of = (kind: (typeof rows)[number]["kind"]) =>
    rows.filter((r) => r.kind === kind).map(({ value, label }) => ({ value, label }));
  return { themes: of("themes"), workForms: of("workForms"), areas: of("areas") };
}

/** All themes of the centre (active and inactive), by name. */
export function listThemes(tx: Tx): Promise<ListItem[]> {
  return tx
    .select({ id: themes.id, name: themes.name, active: themes.active })
    .from(themes)
    .orderBy(asc(themes.name));
}

/** All forms of work of the centre (active and inactive), by name. */
export function listWorkForms(tx: Tx): Promise<ListItem[]> {
  return tx
    .select({ id: workForms.id, name: workForms.name, active: workForms.active })
    .from(workForms)
    .orderBy(asc(workForms.name));
}

/** All areas of the centre with their centre point in micro-degrees (may be null), by name. */
export function listAreas(tx: Tx): Promise<AreaItem[]> {
  return tx
    .select({
      id: areas.id,
      name: areas.name,
      province: areas.province,
      latE6: areas.latE6,
      lonE6: areas.lonE6,
    })
    .from(areas)
    .orderBy(asc(areas.name));
}

/** Experts who can take work (certified or active in the pool): id and display name, by name. */
export async function expertOptions(tx: Tx): Promise<{ id: string; name: string }[]> {
  const rows = await tx
    .select({ id: experts.id, firstName: experts.firstName, lastName: experts.lastName })
    .from(experts)
    .where(inArray(experts.status, ["certified", "active"]))
    .orderBy(asc(experts.firstName), asc(experts.lastName));
  return rows.map((r) => ({ id: r.id, name: `${r.firstName} ${r.lastName}` }));
}
