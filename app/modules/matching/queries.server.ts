import { eq, type SQL, sql } from "drizzle-orm";
import { queryRows, type Tx } from "~/db/client.server";
import { areas } from "~/db/schema";
import { amsterdamToDate, todayIso } from "~/lib/dates";
import { type HardChecks, haversineKm, needMask, type SlotNeed, whyExcluded } from "./rules";
import { type CandidateFacts, rankCandidates, type Scored } from "./score";

/**
 * The candidate queries. Every statement walks an index and stops early: the shortlist walks the pool
 * in fair-spread order (longest without an inzet first) and stops at the shortlist size, the total
 * stops counting at a cap, the excluded list walks the names. Each statement's cost so grows with
 * the shortlist, not with the pool (decision 003). The hard rules are conditions on the expert row
 * and small hashed lists (absent, double booked, conflict); the per-expert details are looked up for
 * the shortlist only and scored in score.ts. The SQL is snapshotted in queries.server.test.ts.
 */

/** What the queries need to know about the request (read first, then passed as parameters). */
export type MatchTarget = {
  centreId: string;
  requestId: string;
  clientId: string | null;
  online: boolean;
  areaId: string | null;
  latE6: number | null;
  lonE6: number | null;
  workFormId: string | null;
  themeIds: string[];
  needs: SlotNeed[];
};

/** Distance in km from each of the centre's areas to the request's area (null without coordinates). */
export type Reach = Map<string, number | null>;

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

/** A PostgreSQL array literal, passed as one parameter (`${pgArray(ids)}::uuid[]`). */
function pgArray(values: (string | number | null)[]): string {
  return `{${values.map((v) => (v === null ? "NULL" : String(v))).join(",")}}`;
}

/** The distance of every area of the centre to the request's area, computed once per area. */
export async function reachOf(tx: Tx, target: MatchTarget): Promise<Reach> {
  const rows = await tx
    .select({ id: areas.id, latE6: areas.latE6, lonE6: areas.lonE6 })
    .from(areas)
    .where(eq(areas.centreId, target.centreId));
  const { latE6, lonE6 } = target;
  return new Map(
    rows.map((a) => [
      a.id,
      a.latE6 === null || a.lonE6 === null || latE6 === null || lonE6 === null
        ? null
        : haversineKm({ latE6: a.latE6, lonE6: a.lonE6 }, { latE6, lonE6 }),
    ]),
  );
}

/** The request's slots as rows (`slot`: date, start, end). */
function slotTable(needs: SlotNeed[]): SQL {
  const slots = needs.length
    ? sql`values ${sql.join(
        needs.map(
          (n) =>
            sql`(${n.day}::date, ${n.startsAt.toISOString()}::timestamptz, ${n.endsAt.toISOString()}::timestamptz)`,
        ),
        sql`, `,
      )}`
    : sql`select null::date, null::timestamptz, null::timestamptz where false`;
  return sql`slot(day, starts_at, ends_at) as (${slots})`;
}

/**
 * The experts a rule about people rather than the row rules out, as small lists: already asked for
 * this request, away on a day of it, in conflict with the client, or confirmed elsewhere at the same
 * time. Absences and other work are looked up from the first day and start of the request's slots
 * on, so the indexes on their end dates keep them small however long the history gets.
 */
function ruledOut(t: MatchTarget) {
  const firstDay = t.needs.length ? t.needs.map((n) => n.day).sort()[0] : null;
  const firstStart = t.needs.length
    ? new Date(Math.min(...t.needs.map((n) => n.startsAt.getTime()))).toISOString()
    : null;
  return {
    onRequest: sql`select x.expert_id from assignments x
      where x.request_id = ${t.requestId} and x.status in ('offered', 'accepted', 'confirmed')`,
    away: sql`select ab.expert_id from expert_absences ab join slot s on s.day between ab.starts_on and ab.ends_on
      where ab.centre_id = ${t.centreId} and ab.ends_on >= ${firstDay}::date`,
    conflict: sql`select c.expert_id from conflicts c where c.client_id = ${t.clientId}::uuid`,
    busy: sql`select b.expert_id from request_slots bs
      join slot s on bs.starts_at < s.ends_at and s.starts_at < bs.ends_at
      join assignments b on b.request_id = bs.request_id
      where bs.centre_id = ${t.centreId} and bs.ends_at > ${firstStart}::timestamptz
        and b.status in ('accepted', 'confirmed') and b.request_id <> ${t.requestId}`,
  };
}

/** The request's slots (`slot`) and everyone the lists rule out (`blocked`), for the statements that only ask "eligible?". */
function slotAndBlocked(t: MatchTarget): SQL {
  const list = ruledOut(t);
  return sql`${slotTable(t.needs)},
  blocked as materialized (${list.onRequest} union ${list.away} union ${list.conflict} union ${list.busy})`;
}

/** The conditions on the expert's own row: weekly availability (the 21-bit mask) and area or travel. */
function rowRules(t: MatchTarget, reach: Reach) {
  const mask = needMask(t.needs);
  const homeKm = sql`(${pgArray([...reach.values()])}::float8[])[array_position(${pgArray([...reach.keys()])}::uuid[], e.home_area_id)]`;
  return {
    available: sql`(e.availability_mask & ${mask}::int) = ${mask}::int`,
    area: sql`((${t.online}::boolean and e.accepts_online)
      or ${t.areaId}::uuid is null
      or e.home_area_id = ${t.areaId}::uuid
      or ${t.areaId}::uuid = any(e.area_ids)
      or (e.max_travel_km is not null and ${homeKm} <= e.max_travel_km))`,
  };
}

/** Each hard rule as a condition on `e` (experts), to say which rule rules someone out. */
function hardRules(t: MatchTarget, reach: Reach) {
  const list = ruledOut(t);
  return {
    ...rowRules(t, reach),
    notOnRequest: sql`e.id not in (${list.onRequest})`,
    present: sql`e.id not in (${list.away})`,
    noConflict: sql`e.id not in (${list.conflict})`,
    free: sql`e.id not in (${list.busy})`,
  };
}

/** An expert of the centre who is active and passes every hard rule (needs `slotAndBlocked`). */
function passes(t: MatchTarget, reach: Reach): SQL {
  const row = rowRules(t, reach);
  return sql`e.centre_id = ${t.centreId} and e.status = 'active' and ${row.available} and ${row.area}
    and e.id not in (select expert_id from blocked)`;
}

/**
 * The shortlist: eligible experts in fair-spread order (never had an inzet, then the longest ago),
 * first those who share a theme with the request, then the others; stops at `shortlist`. When all
 * eligible experts fit (`everyone`), one pass takes them all. For each, the details the score needs:
 * theme ids, home area, work this month and quarter, the last inzet before now, whether they do this
 * form of work, and this client's average evaluation score. Work is every inzet moment (the view
 * inzet_moments: confirmed assignments, tandem meetings; drizzle/0017_tandems.sql).
 */
export function shortlistSql(
  t: MatchTarget,
  reach: Reach,
  p: Period,
  shortlist: number,
  everyone = false,
): SQL {
  const asked = sql`${pgArray(t.themeIds)}::uuid[]`;
  const eligible = sql`select e.id, e.first_name, e.last_name, e.theme_ids, e.home_area_id
    from experts e where ${passes(t, reach)}`;
  const arm = (themed: SQL) => sql`(${eligible} and ${themed}
    order by e.last_inzet_at nulls first, e.id
    limit ${shortlist})`;
  const chosen = everyone
    ? eligible
    : sql`${arm(sql`e.theme_ids && ${asked}`)} union all ${arm(sql`not (e.theme_ids && ${asked})`)}
      limit ${shortlist}`;
  return sql`with ${slotAndBlocked(t)}
  select s.id as "expertId", s.first_name as "firstName", s.last_name as "lastName",
    s.theme_ids as "themeIds", s.home_area_id as "homeAreaId",
    coalesce(d.month_count, 0) as "monthCount", coalesce(d.quarter_count, 0) as "quarterCount",
    d.last_at as "lastAt",
    exists (select 1 from expert_work_forms wf
      where wf.expert_id = s.id and wf.work_form_id = ${t.workFormId}::uuid) as "offersWorkForm",
    (select avg(ev.score)::float8 from assignments a
      join requests r on r.id = a.request_id
      join evaluations ev on ev.request_id = a.request_id
      where a.centre_id = ${t.centreId} and a.expert_id = s.id and a.status = 'confirmed'
        and r.client_id = ${t.clientId}::uuid and ev.score is not null) as "clientFeedback"
  from (${chosen}) s
  left join lateral (
    select count(*) filter (where m.first_at >= ${p.monthStart.toISOString()}::timestamptz
        and m.first_at < ${p.monthEnd.toISOString()}::timestamptz)::int as month_count,
      count(*) filter (where m.first_at >= ${p.quarterStart.toISOString()}::timestamptz
        and m.first_at < ${p.quarterEnd.toISOString()}::timestamptz)::int as quarter_count,
      max(m.first_at) filter (where m.first_at <= ${p.now.toISOString()}::timestamptz) as last_at
    from inzet_moments m
    where m.centre_id = ${t.centreId} and m.expert_id = s.id
  ) d on true`;
}

/** How many experts pass the hard rules, counted up to `cap` + 1 (the page says "more than cap"). */
export function eligibleCountSql(t: MatchTarget, reach: Reach, cap: number): SQL {
  return sql`with ${slotAndBlocked(t)}
  select count(*)::int as "count" from (select 1 from experts e where ${passes(t, reach)} limit ${cap + 1}) x`;
}

/** Experts who share a theme with the request (or anyone, without themes) but fail a hard rule, by name. */
export function excludedSql(t: MatchTarget, reach: Reach, limit: number): SQL {
  const rule = hardRules(t, reach);
  const asked = sql`${pgArray(t.themeIds)}::uuid[]`;
  return sql`with ${slotTable(t.needs)}
  select e.id as "expertId", e.first_name as "firstName", e.last_name as "lastName",
    e.status = 'active' as active, ${rule.present} as present, ${rule.available} as available,
    ${rule.area} as area, ${rule.noConflict} as "noConflict", ${rule.free} as free
  from experts e
  where e.centre_id = ${t.centreId} and e.status not in ('stopped', 'in_training') and ${rule.notOnRequest}
    and (cardinality(${asked}) = 0 or e.theme_ids && ${asked})
    and not (e.status = 'active' and ${rule.present} and ${rule.available} and ${rule.area}
      and ${rule.noConflict} and ${rule.free})
  order by e.last_name, e.first_name, e.id
  limit ${limit}`;
}

/** The hard rules for a few chosen experts (an offer re-checks them: the page may be old). */
export function checksForSql(t: MatchTarget, reach: Reach, expertIds: string[]): SQL {
  const rule = hardRules(t, reach);
  return sql`with ${slotTable(t.needs)}
  select e.id as "expertId",
    e.status = 'active' as active, ${rule.present} as present, ${rule.available} as available,
    ${rule.area} as area, ${rule.noConflict} as "noConflict", ${rule.free} as free
  from experts e
  where e.centre_id = ${t.centreId} and e.id = any(${pgArray(expertIds)}::uuid[])`;
}

/** Chosen experts that a hard rule rules out, with the reasons; missing ids count as not found. */
export async function failingChecks(tx: Tx, target: MatchTarget, expertIds: string[]) {
  if (expertIds.length === 0) return [];
  const reach = await reachOf(tx, target);
  const rows = await queryRows<HardChecks & { expertId: string }>(tx, checksForSql(target, reach, expertIds));
  const found = new Set(rows.map((r) => r.expertId));
  return [
    ...expertIds.filter((id) => !found.has(id)).map((expertId) => ({ expertId, reasons: ["missing"] })),
    ...rows
      .map((r) => ({ expertId: r.expertId, reasons: whyExcluded(r) as string[] }))
      .filter((r) => r.reasons.length),
  ];
}

type ShortlistRow = {
  expertId: string;
  firstName: string;
  lastName: string;
  themeIds: string[];
  homeAreaId: string | null;
  monthCount: number;
  quarterCount: number;
  lastAt: Date | string | null;
  offersWorkForm: boolean;
  clientFeedback: number | null;
};

export type Candidates = {
  ranked: Scored[];
  /** experts who pass the hard rules, counted up to `eligibleCap` */
  eligibleTotal: number;
  /** more experts pass than were counted */
  eligibleMore: boolean;
  excluded: { expertId: string; firstName: string; lastName: string; reasons: string[] }[];
};

/** Ranks the pool for one request: hard rules and the shortlist in SQL, the score in score.ts. */
export async function findCandidates(
  tx: Tx,
  target: MatchTarget,
  options: { now?: Date; shortlist?: number; shown?: number; eligibleCap?: number } = {},
): Promise<Candidates> {
  const period = periodAround(options.now ?? new Date());
  const cap = options.eligibleCap ?? 1000;
  const reach = await reachOf(tx, target);
  // The planner cannot see how many experts pass the rules (a bit test, arrays), guesses "few" and
  // would read the whole pool and sort it. Walking an index and stopping early is the plan for the
  // count and the shortlist, so ask for it for these two statements.
  const walk = (on: boolean) => {
    const value = on ? "on" : "off";
    return tx.execute(sql`select set_config('enable_seqscan', ${value}, true),
      set_config('enable_bitmapscan', ${value}, true), set_config('enable_sort', ${value}, true)`);
  };
  await walk(false);
  const [row] = await queryRows<{ count: number }>(tx, eligibleCountSql(target, reach, cap));
  const count = Number(row.count);
  // Nobody eligible: no shortlist. All of them fit in it: one pass takes them all.
  const shortlist = options.shortlist ?? 200;
  const everyone = count <= Math.min(cap, shortlist);
  const rows =
    count > 0
      ? await queryRows<ShortlistRow>(tx, shortlistSql(target, reach, period, shortlist, everyone))
      : [];
  await walk(true);
  const excludedRows = await queryRows<
    HardChecks & { expertId: string; firstName: string; lastName: string }
  >(tx, excludedSql(target, reach, 50));
  const asked = new Set(target.themeIds);
  const day = 86_400_000;
  const facts: CandidateFacts[] = rows.map((row) => {
    const km = row.homeAreaId ? reach.get(row.homeAreaId) : null;
    return {
      expertId: row.expertId,
      firstName: row.firstName,
      lastName: row.lastName,
      themeMatches: row.themeIds.filter((id) => asked.has(id)).length,
      themesAsked: asked.size,
      offersWorkForm: target.workFormId ? Boolean(row.offersWorkForm) : null,
      distanceKm: target.online || km === null || km === undefined ? null : km,
      online: target.online,
      monthCount: Number(row.monthCount),
      quarterCount: Number(row.quarterCount),
      daysSinceLast: row.lastAt
        ? Math.max(0, Math.floor((period.now.getTime() - new Date(row.lastAt).getTime()) / day))
        : null,
      clientFeedback: row.clientFeedback === null ? null : Number(row.clientFeedback),
    };
  });
  return {
    ranked: rankCandidates(facts, options.shown ?? 50),
    eligibleTotal: Math.min(count, cap),
    eligibleMore: count > cap,
    excluded: excludedRows.map((row) => ({
      expertId: row.expertId,
      firstName: row.firstName,
      lastName: row.lastName,
      reasons: whyExcluded(row),
    })),
  };
}
