import { type SQL, sql } from "drizzle-orm";
import { queryRows, type Tx } from "~/db/client.server";
import { amsterdamToDate, todayIso } from "~/lib/dates";
import { type HardChecks, needMask, type SlotNeed, whyExcluded } from "./rules";
import { type CandidateFacts, rankCandidates, type Scored } from "./score";

/**
 * The candidate query. The hard rules and the per-expert counts run in the database over the whole
 * pool (one statement, uncorrelated sub-selects the planner can hash once), and only a shortlist
 * comes back to be scored in score.ts. Its SQL is snapshotted in queries.server.test.ts.
 */

/** What the query needs to know about the request (read first, then passed as parameters). */
export type MatchTarget = {
  centreId: string;
  requestId: string;
  clientId: string | null;
  online: boolean;
  areaId: string | null;
  latE6: number | null;
  lonE6: number | null;
  workFormId: string | null;
  needs: SlotNeed[];
};

export type Period = { now: Date; monthStart: Date; monthEnd: Date; quarterStart: Date; quarterEnd: Date };

/** Month and quarter around `now`, in Amsterdam. */
export function periodAround(now: Date): Period {
  const [year, month] = todayIso(now).split("-").map(Number);
  const at = (y: number, m: number) =>
    amsterdamToDate(
      `${y + Math.floor((m - 1) / 12)}-${String(((m - 1) % 12) + 1).padStart(2, "0")}-01`,
      "00:00",
    );
  const quarterFirst = Math.floor((month - 1) / 3) * 3 + 1;
  return {
    now,
    monthStart: at(year, month),
    monthEnd: at(year, month + 1),
    quarterStart: at(year, quarterFirst),
    quarterEnd: at(year, quarterFirst + 3),
  };
}

/** The request's slots as rows (`slot`: dates and times) and its distinct weekday/day-part needs (`need`). */
function slotTables(needs: SlotNeed[]): SQL {
  const slots = needs.length
    ? sql`values ${sql.join(
        needs.map(
          (n) =>
            sql`(${n.day}::date, ${n.startsAt.toISOString()}::timestamptz, ${n.endsAt.toISOString()}::timestamptz)`,
        ),
        sql`, `,
      )}`
    : sql`select null::date, null::timestamptz, null::timestamptz where false`;
  const distinct = [...new Map(needs.map((n) => [`${n.weekday}-${n.dayPart}`, n])).values()];
  const parts = distinct.length
    ? sql`values ${sql.join(
        distinct.map((n) => sql`(${n.weekday}::smallint, ${n.dayPart}::day_part)`),
        sql`, `,
      )}`
    : sql`select null::smallint, null::day_part where false`;
  return sql`slot(day, starts_at, ends_at) as (${slots}),
  need(weekday, day_part) as (${parts})`;
}

/** Every area of the centre with its distance to the request's area, computed once per area (not per expert). */
function reachTable(t: MatchTarget): SQL {
  return sql`reach(id, km) as (
    select a.id, case when a.lat_e_6 is null or ${t.latE6}::int is null then null else
      2 * 6371 * asin(sqrt(
        power(sin(radians((a.lat_e_6 - ${t.latE6}::int) / 2e6)), 2)
        + cos(radians(${t.latE6}::int / 1e6)) * cos(radians(a.lat_e_6 / 1e6))
        * power(sin(radians((a.lon_e_6 - ${t.lonE6}::int) / 2e6)), 2)))
    end
    from areas a where a.centre_id = ${t.centreId}
  )`;
}

/** Each hard rule as a condition on `e` (experts) and `h` (their home area's row in `reach`). */
function hardRules(t: MatchTarget) {
  const mask = needMask(t.needs);
  const available = sql`(e.availability_mask & ${mask}::int) = ${mask}::int`;
  return {
    distance: sql`h.km`,
    notOnRequest: sql`e.id not in (
      select x.expert_id from assignments x
      where x.request_id = ${t.requestId} and x.status in ('offered', 'accepted', 'confirmed'))`,
    present: sql`e.id not in (
      select ab.expert_id from expert_absences ab
      join slot s on s.day between ab.starts_on and ab.ends_on)`,
    /** weekly availability from the 21-bit mask the database keeps per expert */
    available,
    availableEach: available,
    area: sql`((${t.online}::boolean and e.accepts_online)
      or ${t.areaId}::uuid is null
      or e.home_area_id = ${t.areaId}::uuid
      or e.id in (select ea.expert_id from expert_areas ea where ea.area_id = ${t.areaId}::uuid)
      or (e.max_travel_km is not null and h.km <= e.max_travel_km))`,
    noConflict: sql`e.id not in (select c.expert_id from conflicts c where c.client_id = ${t.clientId}::uuid)`,
    free: sql`e.id not in (
      select b.expert_id from assignments b
      join request_slots bs on bs.request_id = b.request_id
      join slot s on bs.starts_at < s.ends_at and s.starts_at < bs.ends_at
      where b.status in ('accepted', 'confirmed') and b.request_id <> ${t.requestId})`,
  };
}

/**
 * Eligible experts with the counts the score needs, pre-ordered on themes and fair spread.
 * The hard rules are plain column tests and hashed sub-selects in one scan of experts; the counts
 * (themes, form of work, work this month and quarter, client feedback) are each aggregated once
 * and hash-joined, so the cost grows with the pool, never with pool × history. Work counts look back
 * one year: an expert without work in a year counts as "no work yet".
 */
export function eligibleSql(t: MatchTarget, p: Period, shortlist: number): SQL {
  const rule = hardRules(t);
  const yearBefore = new Date(p.now.getTime() - 366 * 86_400_000).toISOString();
  return sql`with ${slotTables(t.needs)}, ${reachTable(t)},
  eligible as materialized (
    select e.id, e.first_name, e.last_name, ${rule.distance} as distance_km
    from experts e left join reach h on h.id = e.home_area_id
    where e.centre_id = ${t.centreId} and e.status = 'active'
      and ${rule.available} and ${rule.notOnRequest} and ${rule.present}
      and ${rule.area} and ${rule.noConflict} and ${rule.free}
  ),
  themed as (
    select et.expert_id, count(*)::int as matches from expert_themes et
    where et.theme_id in (select rt.theme_id from request_themes rt where rt.request_id = ${t.requestId})
    group by et.expert_id
  ),
  forms as (
    select distinct wf.expert_id from expert_work_forms wf where wf.work_form_id = ${t.workFormId}::uuid
  ),
  recent as (
    select rs.request_id, min(rs.starts_at) as first_at from request_slots rs
    where rs.centre_id = ${t.centreId} and rs.starts_at >= ${yearBefore}::timestamptz
      and rs.starts_at < ${p.quarterEnd.toISOString()}::timestamptz
    group by rs.request_id
  ),
  done as (
    select a.expert_id,
      count(*) filter (where f.first_at >= ${p.monthStart.toISOString()}::timestamptz
        and f.first_at < ${p.monthEnd.toISOString()}::timestamptz)::int as month_count,
      count(*) filter (where f.first_at >= ${p.quarterStart.toISOString()}::timestamptz)::int as quarter_count,
      max(f.first_at) filter (where f.first_at <= ${p.now.toISOString()}::timestamptz) as last_at
    from assignments a join recent f on f.request_id = a.request_id
    where a.centre_id = ${t.centreId} and a.status = 'confirmed'
    group by a.expert_id
  ),
  feedback as (
    select a.expert_id, avg(ev.score)::float8 as avg_score
    from evaluations ev
    join requests r on r.id = ev.request_id
    join assignments a on a.request_id = ev.request_id and a.status = 'confirmed'
    where r.client_id = ${t.clientId}::uuid and ev.score is not null
    group by a.expert_id
  )
  select el.id as "expertId", el.first_name as "firstName", el.last_name as "lastName",
    el.distance_km::float8 as "distanceKm", coalesce(th.matches, 0) as "themeMatches",
    (fo.expert_id is not null) as "offersWorkForm",
    coalesce(d.month_count, 0) as "monthCount", coalesce(d.quarter_count, 0) as "quarterCount",
    d.last_at as "lastAt", fb.avg_score as "clientFeedback",
    (count(*) over ())::int as "eligibleTotal"
  from eligible el
  left join themed th on th.expert_id = el.id
  left join forms fo on fo.expert_id = el.id
  left join done d on d.expert_id = el.id
  left join feedback fb on fb.expert_id = el.id
  order by coalesce(th.matches, 0) desc, coalesce(d.month_count, 0), coalesce(d.quarter_count, 0),
    d.last_at nulls first, el.id
  limit ${shortlist}`;
}

/** Experts who share a theme with the request (or anyone, without themes) but fail a hard rule. */
export function excludedSql(t: MatchTarget, limit: number): SQL {
  const rule = hardRules(t);
  return sql`with ${slotTables(t.needs)}, ${reachTable(t)},
  checked as materialized (
    select e.id, e.first_name, e.last_name,
      e.status = 'active' as active, ${rule.present} as present, ${rule.availableEach} as available,
      ${rule.area} as area, ${rule.noConflict} as "noConflict", ${rule.free} as free
    from experts e left join reach h on h.id = e.home_area_id
    where e.centre_id = ${t.centreId} and e.status not in ('stopped', 'in_training') and ${rule.notOnRequest}
      and (not exists (select 1 from request_themes rt where rt.request_id = ${t.requestId})
        or e.id in (select et.expert_id from expert_themes et
          join request_themes rt on rt.theme_id = et.theme_id where rt.request_id = ${t.requestId}))
  )
  select id as "expertId", first_name as "firstName", last_name as "lastName",
    active, present, available, area, "noConflict", free
  from checked
  where not (active and present and available and area and "noConflict" and free)
  order by last_name, first_name, id
  limit ${limit}`;
}

/** The hard rules for a few chosen experts (an offer re-checks them: the page may be old). */
export function checksForSql(t: MatchTarget, expertIds: string[]): SQL {
  const rule = hardRules(t);
  return sql`with ${slotTables(t.needs)}, ${reachTable(t)}
  select e.id as "expertId",
    e.status = 'active' as active, ${rule.present} as present, ${rule.availableEach} as available,
    ${rule.area} as area, ${rule.noConflict} as "noConflict", ${rule.free} as free
  from experts e left join reach h on h.id = e.home_area_id
  where e.centre_id = ${t.centreId} and e.id in (${sql.join(
    expertIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  )})`;
}

/** Chosen experts that a hard rule rules out, with the reasons; missing ids count as not found. */
export async function failingChecks(tx: Tx, target: MatchTarget, expertIds: string[]) {
  if (expertIds.length === 0) return [];
  const rows = await queryRows<HardChecks & { expertId: string }>(tx, checksForSql(target, expertIds));
  const found = new Set(rows.map((r) => r.expertId));
  return [
    ...expertIds.filter((id) => !found.has(id)).map((expertId) => ({ expertId, reasons: ["missing"] })),
    ...rows
      .map((r) => ({ expertId: r.expertId, reasons: whyExcluded(r) as string[] }))
      .filter((r) => r.reasons.length),
  ];
}

type EligibleRow = Omit<CandidateFacts, "themesAsked" | "online" | "daysSinceLast" | "offersWorkForm"> & {
  offersWorkForm: boolean;
  lastAt: Date | string | null;
  eligibleTotal: number;
};

export type Candidates = {
  ranked: Scored[];
  eligibleTotal: number;
  excluded: { expertId: string; firstName: string; lastName: string; reasons: string[] }[];
};

/** Ranks the pool for one request: hard rules and counts in SQL, the score on a shortlist. */
export async function findCandidates(
  tx: Tx,
  target: MatchTarget,
  options: { themesAsked: number; now?: Date; shortlist?: number; shown?: number },
): Promise<Candidates> {
  const period = periodAround(options.now ?? new Date());
  // The planner cannot know how many experts pass the hard rules and, with several centres in one
  // database, may guess "one" and loop over the counts per expert (seconds at 10,000 experts).
  // Every join here is a hash join by design, so say so for this one statement.
  await tx.execute(sql`set local enable_nestloop = off`);
  const rows = await queryRows<EligibleRow>(tx, eligibleSql(target, period, options.shortlist ?? 200));
  await tx.execute(sql`set local enable_nestloop = on`);
  const day = 86_400_000;
  const facts: CandidateFacts[] = rows.map((row) => ({
    expertId: row.expertId,
    firstName: row.firstName,
    lastName: row.lastName,
    themeMatches: Number(row.themeMatches),
    themesAsked: options.themesAsked,
    offersWorkForm: target.workFormId ? Boolean(row.offersWorkForm) : null,
    distanceKm: target.online || row.distanceKm === null ? null : Number(row.distanceKm),
    online: target.online,
    monthCount: Number(row.monthCount),
    quarterCount: Number(row.quarterCount),
    daysSinceLast: row.lastAt
      ? Math.max(0, Math.floor((period.now.getTime() - new Date(row.lastAt).getTime()) / day))
      : null,
    clientFeedback: row.clientFeedback === null ? null : Number(row.clientFeedback),
  }));
  const excludedRows = await queryRows<
    HardChecks & { expertId: string; firstName: string; lastName: string }
  >(tx, excludedSql(target, 50));
  return {
    ranked: rankCandidates(facts, options.shown ?? 50),
    eligibleTotal: rows[0]?.eligibleTotal ?? 0,
    excluded: excludedRows.map((row) => ({
      expertId: row.expertId,
      firstName: row.firstName,
      lastName: row.lastName,
      reasons: whyExcluded(row),
    })),
  };
}
