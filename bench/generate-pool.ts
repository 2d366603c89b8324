import { sql } from "drizzle-orm";
import type { Db } from "~/db/client.server";
import { queryRows } from "~/db/client.server";

/**
 * The benchmark's own data: one centre with `experts` generated experts (mostly active), 20 themes,
 * 8 forms of work, 40 areas with coordinates around Groningen, weekly availability, some absences,
 * and a history of about one assignment per expert over the last year. Bulk SQL (generate_series),
 * as the owner, so 100,000 experts take seconds, not minutes.
 */
export async function generatePool(
  db: Db,
  experts: number,
): Promise<{ centreId: string; requestId: string; nobodyRequestId: string }> {
  // generated rows are consistent by construction: skip the per-row foreign-key triggers (superuser only)
  await db.execute(sql`set session_replication_role = replica`);
  try {
    return await generate(db, experts);
  } finally {
    await db.execute(sql`set session_replication_role = origin`);
  }
}

async function generate(db: Db, experts: number) {
  const [centre] = await queryRows<{ id: string }>(
    db,
    sql`insert into centres (slug, name) values (${`bench-${experts}-${Date.now()}`}, 'Benchmark') returning id`,
  );
  const c = centre.id;
  await db.execute(
    sql`insert into themes (centre_id, name) select ${c}, 'thema ' || g from generate_series(1, 20) g`,
  );
  await db.execute(
    sql`insert into work_forms (centre_id, name) select ${c}, 'werkvorm ' || g from generate_series(1, 8) g`,
  );
  await db.execute(sql`
    insert into areas (centre_id, name, province, lat_e_6, lon_e_6)
    select ${c}, 'gebied ' || g, 'Groningen', 53200000 + (g % 8) * 40000, 6550000 + (g / 8) * 60000
    from generate_series(0, 39) g`);
  await db.execute(sql`
    with a as (select id, row_number() over (order by name) - 1 as k from areas where centre_id = ${c})
    insert into experts (centre_id, first_name, last_name, status, home_area_id, max_travel_km, accepts_online, certified_on)
    select ${c}, 'Expert', 'Nummer ' || g,
      (case when g % 10 < 8 then 'active' when g % 10 = 8 then 'paused' else 'in_training' end)::expert_status,
      a.id, 10 + (g % 6) * 10, g % 3 <> 0, date '2024-01-01' + (g % 700)
    from generate_series(1, ${experts}) g join a on a.k = g % 40`);
  await db.execute(sql`
    with e as (select id, row_number() over (order by id) as n from experts where centre_id = ${c}),
         t as (select id, row_number() over (order by name) - 1 as k from themes where centre_id = ${c})
    insert into expert_themes (centre_id, expert_id, theme_id)
    select ${c}, e.id, t.id from e join t on t.k in (e.n % 20, (e.n * 7 + 3) % 20, (e.n * 13 + 5) % 20)
    on conflict do nothing`);
  await db.execute(sql`
    with e as (select id, row_number() over (order by id) as n from experts where centre_id = ${c}),
         w as (select id, row_number() over (order by name) - 1 as k from work_forms where centre_id = ${c})
    insert into expert_work_forms (centre_id, expert_id, work_form_id)
    select ${c}, e.id, w.id from e join w on w.k in (e.n % 8, (e.n * 3 + 1) % 8)
    on conflict do nothing`);
  await db.execute(sql`
    with e as (select id, row_number() over (order by id) as n from experts where centre_id = ${c}),
         a as (select id, row_number() over (order by name) - 1 as k from areas where centre_id = ${c})
    insert into expert_areas (centre_id, expert_id, area_id)
    select ${c}, e.id, a.id from e join a on a.k in (e.n % 40, (e.n + 1) % 40, (e.n * 11) % 40)
    on conflict do nothing`);
  await db.execute(sql`
    with e as (select id, row_number() over (order by id) as n from experts where centre_id = ${c})
    insert into expert_availability (centre_id, expert_id, weekday, day_part)
    select ${c}, e.id, d, p::day_part
    from e, generate_series(1, 5) d, unnest(array['morning', 'afternoon', 'evening']) p
    where (e.n + d + length(p)) % 3 <> 0`);
  // the availability trigger is off during generation (replica mode): fill the mask as it would
  await db.execute(sql`
    update experts e set availability_mask = m.mask
    from (select expert_id, bit_or(tandem_availability_bit(weekday, day_part)) as mask
          from expert_availability where centre_id = ${c} group by expert_id) m
    where m.expert_id = e.id`);
  await db.execute(sql`
    insert into expert_absences (centre_id, expert_id, starts_on, ends_on, reason)
    select ${c}, id, current_date + 3, current_date + 10, ''
    from experts where centre_id = ${c} and (hashtext(id::text) % 20) = 0`);
  const [client] = await queryRows<{ id: string }>(
    db,
    sql`insert into clients (centre_id, name, sector) values (${c}, 'Gemeente Benchmark', 'municipality') returning id`,
  );
  // a year of history: about one done inzet per expert, for the fair-spread figures
  await db.execute(sql`
    insert into requests (centre_id, number, client_id, title, status)
    select ${c}, g, ${client.id}, 'Eerdere inzet ' || g, 'done' from generate_series(1, ${Math.max(1, Math.floor(experts / 4))}) g`);
  await db.execute(sql`
    insert into request_slots (centre_id, request_id, starts_at, ends_at)
    select ${c}, id, now() - (number % 365) * interval '1 day', now() - (number % 365) * interval '1 day' + interval '2 hours'
    from requests where centre_id = ${c}`);
  await db.execute(sql`
    with e as (select id, row_number() over (order by id) as n from experts where centre_id = ${c} and status = 'active'),
         r as (select id, number from requests where centre_id = ${c})
    insert into assignments (centre_id, request_id, expert_id, status, offered_at, confirmed_at)
    select ${c}, r.id, e.id, 'confirmed', now() - (r.number % 365) * interval '1 day', now() - (r.number % 365) * interval '1 day'
    from e join r on r.number = 1 + (e.n % ${Math.max(1, Math.floor(experts / 4))})
    on conflict do nothing`);
  // the triggers are off during generation (replica mode): fill what they keep, as they would
  await db.execute(sql`
    update experts e set theme_ids = t.ids
    from (select expert_id, array_agg(theme_id order by theme_id) as ids
          from expert_themes where centre_id = ${c} group by expert_id) t
    where t.expert_id = e.id`);
  await db.execute(sql`
    update experts e set area_ids = a.ids
    from (select expert_id, array_agg(area_id order by area_id) as ids
          from expert_areas where centre_id = ${c} group by expert_id) a
    where a.expert_id = e.id`);
  await db.execute(sql`
    update experts e set last_inzet_at = l.at
    from (select m.expert_id, max(m.last_at) as at from inzet_moments m
          where m.centre_id = ${c} group by m.expert_id) l
    where l.expert_id = e.id`);
  // the request to match: two themes, a workshop, next Tuesday afternoon, in area 5
  const requestId = await insertRequest(db, c, client.id, 999998, "8 days 13 hours");
  // and the worst case: next Sunday evening, when nobody in this pool is available, so the query
  // has to look at every active expert before it can say so
  const nobodyRequestId = await insertRequest(db, c, client.id, 999999, "13 days 19 hours");
  await db.execute(sql`vacuum analyze`);
  return { centreId: c, requestId, nobodyRequestId };
}

/** A request to match: two themes, a workshop, in area 5, one slot of two hours `after` this week's Monday. */
async function insertRequest(db: Db, c: string, clientId: string, number: number, after: string) {
  const [request] = await queryRows<{ id: string }>(
    db,
    sql`insert into requests (centre_id, number, client_id, title, status, work_form_id, area_id, experts_needed)
        values (${c}, ${number}, ${clientId}, 'Workshop voor de bench', 'in_progress',
          (select id from work_forms where centre_id = ${c} order by name limit 1),
          (select id from areas where centre_id = ${c} order by name offset 5 limit 1), 2)
        returning id`,
  );
  await db.execute(sql`
    insert into request_themes (centre_id, request_id, theme_id)
    select ${c}, ${request.id}, id from themes where centre_id = ${c} order by name limit 2`);
  await db.execute(sql`
    insert into request_slots (centre_id, request_id, starts_at, ends_at)
    values (${c}, ${request.id}, date_trunc('week', now()) + ${after}::interval,
      date_trunc('week', now()) + ${after}::interval + interval '2 hours')`);
  return request.id;
}
