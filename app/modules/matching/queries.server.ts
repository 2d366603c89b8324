import { type SQL, sql } from "drizzle-orm";
import { queryRows, type Tx } from "~/db/client.server";
import { amsterdamToDate, todayIso } from "~/lib/dates";
import { type HardChecks, type SlotNeed, whyExcluded } from "./rules";
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

/** Each hard rule as a condition on `e` (experts) and `h` (their home area). */
function hardRules(t: MatchTarget, needCount: number) {
  const distance = sql`case when h.lat_e_6 is null or ${t.latE6}::int is null then null else
      2 * 6371 * asin(sqrt(
        power(sin(radians((h.lat_e_6 - ${t.latE6}::int) / 2e6)), 2)
        + cos(radians(${t.latE6}::int / 1e6)) * cos(radians(h.lat_e_6 / 1e6))
        * power(sin(radians((h.lon_e_6 - ${t.lonE6}::int) / 2e6)), 2)))
    end`;
  return {
    distance,
    notOnRequest: sql`e.id not in (
      select x.expert_id from assignments x
      where x.request_id = ${t.requestId} and x.status in ('offered', 'accepted', 'confirmed'))`,
    present: sql`e.id not in (
      select ab.expert_id from expert_absences ab
      join slot s on s.day between ab.starts_on and ab.ends_on)`,
    available:
      needCount === 0
        ? sql`true`
        : sql`e.id in (
      select av.expert_id from expert_availability av
      join need n on n.weekday = av.weekday and n.day_part = av.day_part
      group by av.expert_id having count(*) = ${needCount})`,
    /** the same rule, row by row (index probes): cheaper when only a few experts are checked */
    availableEach: sql`not exists (
      select 1 from need n where not exists (
        select 1 from expert_availability av
        where av.expert_id = e.id and av.weekday = n.weekday and av.day_part = n.day_part))`,
    area: sql`((${t.online}::boolean and e.accepts_online)
      or ${t.areaId}::uuid is null
      or e.home_area_id = ${t.areaId}::uuid
      or e.id in (select ea.expert_id from expert_areas ea where ea.area_id = ${t.areaId}::uuid)
      or (e.max_travel_km is not null and ${distance} <= e.max_travel_km))`,
    noConflict: sql`e.id not in (select c.expert_id from conflicts c where c.client_id = ${t.clientId}::uuid)`,
    free: sql`e.id not in (
      select b.expert_id from assignments b
      join request_slots bs on bs.request_id = b.request_id
      join slot s on bs.starts_at < s.ends_at and s.starts_at < bs.ends_at
      where b.status in ('accepted', 'confirmed') and b.request_id <> ${t.requestId})`,
  };
}

function distinctNeeds(needs: SlotNeed[]): number {
  return new Set(needs.map((n) => `${n.weekday}-${n.dayPart}`)).size;
}

/** Eligible experts with the counts the score needs, pre-ordered on themes and fair spread. */
export function eligibleSql(t: MatchTarget, p: Period, shortlist: number): SQL {
  const rule = hardRules(t, distinctNeeds(t.needs));
  return sql`with ${slotTables(t.needs)},
  eligible as (
    select e.id, e.first_name, e.last_name, ${rule.distance} as distance_km
    from experts e left join areas h on h.id = e.home_area_id
    where e.centre_id = ${t.centreId} and e.status = 'active'
      and ${rule.notOnRequest} and ${rule.present} and ${rule.available}
      and ${rule.area} and ${rule.noConflict} and ${rule.free}
  ),
  firsts as (
    select rs.request_id, min(rs.starts_at) as first_at from request_slots rs
    where rs.centre_id = ${t.centreId} group by rs.request_id
  ),
  -- one row per fact about an expert, summed per expert below: a single hash aggregate, so the
  -- plan does not depend on how many eligible experts the planner expects
  facts (expert_id, eligible, first_name, last_name, distance_km, matches, offers_form,
         this_month, this_quarter, done_at, score) as (
    select el.id, 1, el.first_name, el.last_name, el.distance_km, 0, false, 0, 0, null::timestamptz, null::int
    from eligible el
    union all
    select et.expert_id, 0, null, null, null, 1, false, 0, 0, null, null from expert_themes et
    where et.theme_id in (select rt.theme_id from request_themes rt where rt.request_id = ${t.requestId})
    union all
    select wf.expert_id, 0, null, null, null, 0, true, 0, 0, null, null from expert_work_forms wf
    where wf.work_form_id = ${t.workFormId}::uuid
    union all
    select a.expert_id, 0, null, null, null, 0, false,
      (f.first_at >= ${p.monthStart.toISOString()}::timestamptz
        and f.first_at < ${p.monthEnd.toISOString()}::timestamptz)::int,
      (f.first_at >= ${p.quarterStart.toISOString()}::timestamptz
        and f.first_at < ${p.quarterEnd.toISOString()}::timestamptz)::int,
      case when f.first_at <= ${p.now.toISOString()}::timestamptz then f.first_at end, null
    from assignments a join firsts f on f.request_id = a.request_id
    where a.centre_id = ${t.centreId} and a.status = 'confirmed'
    union all
    select a.expert_id, 0, null, null, null, 0, false, 0, 0, null, ev.score
    from evaluations ev
    join requests r on r.id = ev.request_id
    join assignments a on a.request_id = ev.request_id and a.status = 'confirmed'
    where r.client_id = ${t.clientId}::uuid and ev.score is not null
  ),
  per_expert as (
    select expert_id, max(first_name) as first_name, max(last_name) as last_name,
      max(distance_km) as distance_km, sum(matches)::int as matches, bool_or(offers_form) as offers_form,
      sum(this_month)::int as month_count, sum(this_quarter)::int as quarter_count,
      max(done_at) as last_at, avg(score)::float8 as avg_score
    from facts group by expert_id having sum(eligible) > 0
  )
  select expert_id as "expertId", first_name as "firstName", last_name as "lastName",
    distance_km::float8 as "distanceKm", matches as "themeMatches", offers_form as "offersWorkForm",
    month_count as "monthCount", quarter_count as "quarterCount",
    last_at as "lastAt", avg_score as "clientFeedback",
    (count(*) over ())::int as "eligibleTotal"
  from per_expert
  order by matches desc, month_count, quarter_count, last_at nulls first, expert_id
  limit ${shortlist}`;
}

/** Experts who share a theme with the request (or anyone, without themes) but fail a hard rule. */
export function excludedSql(t: MatchTarget, limit: number): SQL {
  const rule = hardRules(t, distinctNeeds(t.needs));
  return sql`with ${slotTables(t.needs)},
  checked as materialized (
    select e.id, e.first_name, e.last_name,
      e.status = 'active' as active, ${rule.present} as present, ${rule.availableEach} as available,
      ${rule.area} as area, ${rule.noConflict} as "noConflict", ${rule.free} as free
    from experts e left join areas h on h.id = e.home_area_id
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
  const rule = hardRules(t, distinctNeeds(t.needs));
  return sql`with ${slotTables(t.needs)}
  select e.id as "expertId",
    e.status = 'active' as active, ${rule.present} as present, ${rule.availableEach} as available,
    ${rule.area} as area, ${rule.noConflict} as "noConflict", ${rule.free} as free
  from experts e left join areas h on h.id = e.home_area_id
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
  const rows = await queryRows<EligibleRow>(tx, eligibleSql(target, period, options.shortlist ?? 200));
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
