import { type SQL, sql } from "drizzle-orm";
import { queryRows, type Tx } from "~/db/client.server";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { can } from "~/modules/accounts/permissions";
import { notWithdrawn } from "~/modules/privacy/consent.server";

/** The pool part of the dashboard: which period and province. Dates inclusive, ISO. */
export type PoolFilter = { from?: string; to?: string; province?: string };

export type PoolFigures = {
  /** Confirmed inzetten whose work day falls in the period. */
  assignments: number;
  /** Hours worked on them (minutesWorked), one decimal. */
  hours: number;
  /** Submitted client evaluations in the period, and their average score (1–5, one decimal). */
  evaluations: number;
  averageScore: number | null;
};

/** Tandems that ran in the period, and the meetings they held in it (with their hours, one decimal). */
export type TandemFigures = { tandems: number; meetings: number; hours: number };

/** `topic` is set for a municipality's statement about a policy trajectory (policy_statements). */
export type PublicQuote = { id: string; quote: string; client: string; submittedOn: string; topic?: string };

function requireImpactRead(actor: Actor) {
  if (!can(actor.role, "impact:read")) throw new AppError("FORBIDDEN");
}

/**
 * The day of the work of a request: its first slot (in Amsterdam), or the start of its period when
 * it has no slots. A request counts in the province of its area.
 */
function requestWhere(filter: PoolFilter, day: SQL): SQL {
  const parts: SQL[] = [sql`true`];
  if (filter.from) parts.push(sql`${day} >= ${filter.from}::date`);
  if (filter.to) parts.push(sql`${day} <= ${filter.to}::date`);
  if (filter.province)
    parts.push(
      sql`exists (select 1 from areas ar where ar.id = r.area_id and ar.province = ${filter.province})`,
    );
  return sql.join(parts, sql` and `);
}

/** A policy statement counts in the period of the day it was said (it has no area: any province). */
function statementWhere(filter: PoolFilter, day: SQL): SQL {
  const parts: SQL[] = [sql`true`];
  if (filter.from) parts.push(sql`${day} >= ${filter.from}::date`);
  if (filter.to) parts.push(sql`${day} <= ${filter.to}::date`);
  if (filter.province) parts.push(sql`false`);
  return sql.join(parts, sql` and `);
}

const workDay = sql`coalesce(first_slot.day, r.period_start)`;
const firstSlotJoin = sql`left join (
    select request_id, min(starts_at at time zone 'Europe/Amsterdam')::date as day
    from request_slots group by request_id
  ) first_slot on first_slot.request_id = r.id`;

/** Inzetten, hours and client scores of the centre in the period ("impact:read"). Aggregates only. */
export async function poolFigures(tx: Tx, actor: Actor, filter: PoolFilter): Promise<PoolFigures> {
  requireImpactRead(actor);
  const [work] = await queryRows<{ assignments: number | string; minutes: number | string | null }>(
    tx,
    // per request first (one pass over the assignments), then the requests in the period
    sql`select coalesce(sum(w.n), 0) as assignments, coalesce(sum(w.minutes), 0) as minutes
        from (select a.request_id, count(*) as n, sum(a.minutes_worked) as minutes
              from assignments a where a.status = 'confirmed' group by a.request_id) w
        join requests r on r.id = w.request_id
        ${firstSlotJoin}
        where ${requestWhere(filter, workDay)}`,
  );
  const evaluationDay = sql`(e.submitted_at at time zone 'Europe/Amsterdam')::date`;
  const [scores] = await queryRows<{ evaluations: number | string; average: number | string | null }>(
    tx,
    sql`select count(*) as evaluations, round(avg(e.score)::numeric, 1) as average
        from evaluations e
        join requests r on r.id = e.request_id
        where e.submitted_at is not null and e.score is not null and ${requestWhere(filter, evaluationDay)}`,
  );
  return {
    assignments: Number(work.assignments),
    hours: Math.round(Number(work.minutes ?? 0) / 6) / 10,
    evaluations: Number(scores.evaluations),
    averageScore: scores.average == null ? null : Number(scores.average),
  };
}

/** A tandem counts in the province of its client's area (a client without an area: in no province). */
function tandemProvince(filter: PoolFilter): SQL {
  return filter.province
    ? sql`exists (select 1 from clients c join areas ar on ar.id = c.area_id
        where c.id = t.client_id and ar.province = ${filter.province})`
    : sql`true`;
}

/**
 * The tandems of the centre in the period ("impact:read"): those that ran in it (started, so not the
 * only planned ones; their start to end overlapping the period), and the meetings of tandems that
 * ran, held in the period (over by now). Aggregates only.
 */
export async function tandemFigures(tx: Tx, actor: Actor, filter: PoolFilter): Promise<TandemFigures> {
  requireImpactRead(actor);
  const [ran] = await queryRows<{ n: number | string }>(
    tx,
    sql`select count(*) as n from tandems t
        where t.status <> 'planned'
          and ${filter.from ? sql`t.ends_on >= ${filter.from}::date` : sql`true`}
          and ${filter.to ? sql`t.starts_on <= ${filter.to}::date` : sql`true`}
          and ${tandemProvince(filter)}`,
  );
  const day = sql`(m.starts_at at time zone 'Europe/Amsterdam')::date`;
  const [held] = await queryRows<{ n: number | string; minutes: number | string | null }>(
    tx,
    sql`select count(*) as n, coalesce(sum(extract(epoch from (m.ends_at - m.starts_at)) / 60), 0) as minutes
        from tandem_meetings m join tandems t on t.id = m.tandem_id
        where t.status <> 'planned' and m.ends_at <= now()
          and ${filter.from ? sql`${day} >= ${filter.from}::date` : sql`true`}
          and ${filter.to ? sql`${day} <= ${filter.to}::date` : sql`true`}
          and ${tandemProvince(filter)}`,
  );
  return {
    tandems: Number(ran.n),
    meetings: Number(held.n),
    hours: Math.round(Number(held.minutes ?? 0) / 6) / 10,
  };
}

/**
 * Quotes clients allowed to be shown (quotePublic, and the contact person has not withdrawn their
 * consent for quotes since: /account/consent), newest first. Only the quote, the client
 * organisation and the date: never the expert or the contact person.
 */
export async function publicQuotes(
  tx: Tx,
  actor: Actor,
  filter: PoolFilter,
  limit = 5,
): Promise<PublicQuote[]> {
  requireImpactRead(actor);
  const evaluationDay = sql`(e.submitted_at at time zone 'Europe/Amsterdam')::date`;
  const statementDay = sql`ps.said_on`;
  const rows = await queryRows<{
    id: string;
    quote: string;
    client: string | null;
    submitted_on: string;
    topic: string | null;
  }>(
    tx,
    sql`select q.id, q.quote, q.client, q.submitted_on, q.topic from (
        select e.id, e.quote, c.name as client, to_char(${evaluationDay}, 'YYYY-MM-DD') as submitted_on,
          null::text as topic, e.submitted_at as sort_at
        from evaluations e
        join requests r on r.id = e.request_id
        left join clients c on c.id = r.client_id
        where e.quote_public = true and e.submitted_at is not null
          and coalesce(btrim(e.quote), '') <> '' and ${requestWhere(filter, evaluationDay)}
          and ${notWithdrawn("quotes", sql`(select cc.user_id from client_contacts cc where cc.id = r.contact_id)`)}
        union all
        select ps.id, ps.text as quote, c.name as client, to_char(ps.said_on, 'YYYY-MM-DD') as submitted_on,
          t.topic, (ps.said_on + time '12:00') at time zone 'Europe/Amsterdam' as sort_at
        from policy_statements ps
        join policy_trajectories t on t.id = ps.trajectory_id
        join clients c on c.id = t.client_id
        where ps.consent = true and coalesce(btrim(ps.text), '') <> '' and ${statementWhere(filter, statementDay)}
      ) q
      order by q.sort_at desc, q.id
      limit ${limit}`,
  );
  return rows.map((r) => ({
    id: r.id,
    quote: r.quote,
    client: r.client ?? "",
    submittedOn: r.submitted_on,
    ...(r.topic ? { topic: r.topic } : {}),
  }));
}
