/**
 * The impact dashboard's queries (outcome figures, trend, inzetten, hours, client scores, public
 * quotes: everything `impactDashboard` loads) over 1,000 and 100,000 trainees and 1,000,000 hour
 * records (confirmed assignments with minutesWorked), on PGlite (in memory) and on PostgreSQL
 * (BENCH_DATABASE_URL or TEST_DATABASE_URL: a database is created for it and dropped afterwards).
 * Prints median and p95 per size and backend.
 *
 *   npx tsx bench/dashboard.bench.ts
 *   BENCH_SIZES=1000 BENCH_BACKENDS=postgres BENCH_HOURS=100000 npx tsx bench/dashboard.bench.ts
 *
 * Per backend one centre gets the hour records once; trainees are added up to each size in turn.
 *
 * Measured 22 Nov 2026 (BENCH_RUNS=3, a shared and busy machine, so read the numbers as rough):
 * | backend  | trainees | hour records | view                   | median (ms) | p95 (ms) |
 * |----------|----------|--------------|------------------------|-------------|----------|
 * | pglite   | 1,000    | 1,000,000    | staff, all             | 4,277       | 4,451    |
 * | pglite   | 1,000    | 1,000,000    | staff, 2025, Groningen | 2,437       | 3,988    |
 * | pglite   | 1,000    | 1,000,000    | funder                 | 7,822       | 9,152    |
 * | pglite   | 100,000  | 1,000,000    | staff, all             | 21,699      | 23,511   |
 * | pglite   | 100,000  | 1,000,000    | staff, 2025, Groningen | 3,352       | 3,619    |
 * | pglite   | 100,000  | 1,000,000    | funder                 | 8,404       | 8,610    |
 * | postgres | 1,000    | 1,000,000    | staff, all             | 625         | 655      |
 * | postgres | 1,000    | 1,000,000    | staff, 2025, Groningen | 833         | 904      |
 * | postgres | 1,000    | 1,000,000    | funder                 | 848         | 906      |
 * | postgres | 100,000  | 1,000,000    | staff, all             | 4,162       | 4,334    |
 * | postgres | 100,000  | 1,000,000    | staff, 2025, Groningen | 1,462       | 1,491    |
 * | postgres | 100,000  | 1,000,000    | funder                 | 2,794       | 3,074    |
 * Where the time goes: one pass over the 1,000,000 assignments with the row-level-security check per
 * row (about 0.5 s of CPU on PostgreSQL, much more in PGlite's WebAssembly), and, for 100,000
 * trainees, loading every trainee's timeline into the figures module. A monthly roll-up of hours
 * per request would take the first away; it is not built.
 */
import { sql } from "drizzle-orm";
import pg from "pg";

process.env.DATABASE_POOL_SIZE ??= "1";

import { type Database, type Db, inCentre, openDatabase, queryRows } from "~/db/client.server";
import type { Actor } from "~/modules/accounts/actor";
import { impactDashboard } from "~/modules/impact/dashboard.server";
import { withDatabase } from "~/test/global-setup";

const sizes = (process.env.BENCH_SIZES ?? "1000,100000").split(",").map(Number);
const backends = (process.env.BENCH_BACKENDS ?? "pglite,postgres").split(",");
const hourRecords = Number(process.env.BENCH_HOURS ?? 1_000_000);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const pgUrl =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  "postgres://postgres@127.0.0.1:5432/postgres";

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function open(backend: string): Promise<{ database: Database; drop(): Promise<void> }> {
  if (backend === "pglite") return { database: await openDatabase({}), drop: async () => {} };
  const name = `tandem_bench_dashboard_${process.pid}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  const database = await openDatabase({ url: withDatabase(pgUrl, name) });
  return {
    database,
    drop: async () => {
      await admin.query(`drop database if exists ${name}`);
      await admin.end();
    },
  };
}

/** Runs bulk inserts as the owner with the per-row foreign-key triggers off (rows are consistent by construction). */
async function bulk(db: Db, fn: () => Promise<void>) {
  await db.execute(sql`set session_replication_role = replica`);
  try {
    await fn();
  } finally {
    await db.execute(sql`set session_replication_role = origin`);
  }
}

/**
 * A centre with a grant, 2,000 experts, clients and areas, and `records` confirmed assignments with
 * minutes worked: requests of 20 experts each, one slot per request, spread over 2024–2026; one
 * evaluation per request (every tenth quote public).
 */
async function generateCentre(db: Db, records: number): Promise<{ centreId: string; grantId: string }> {
  const [centre] = await queryRows<{ id: string }>(
    db,
    sql`insert into centres (slug, name) values (${`bench-dashboard-${Date.now()}`}, 'Benchmark effecten') returning id`,
  );
  const c = centre.id;
  const [grant] = await queryRows<{ id: string }>(
    db,
    sql`insert into grants (centre_id, name, funder_name, starts_on, ends_on, province)
        values (${c}, 'Benchmark subsidie', 'Provincie', '2024-01-01', '2026-12-31', 'Groningen') returning id`,
  );
  const perRequest = 20;
  const requestCount = Math.ceil(records / perRequest);
  await bulk(db, async () => {
    await db.execute(sql`
      insert into areas (centre_id, name, province)
      select ${c}, 'gebied ' || g, (array['Groningen','Drenthe','Friesland','Utrecht'])[1 + g % 4]
      from generate_series(0, 39) g`);
    await db.execute(sql`
      insert into clients (centre_id, name, sector)
      select ${c}, 'Opdrachtgever ' || g, 'municipality' from generate_series(1, 200) g`);
    await db.execute(sql`
      insert into experts (centre_id, first_name, last_name, status, certified_on)
      select ${c}, 'Expert', 'Nummer ' || g, 'active', date '2024-01-01' from generate_series(1, 2000) g`);
    await db.execute(sql`
      with a as (select id, row_number() over (order by name) - 1 as k from areas where centre_id = ${c}),
           cl as (select id, row_number() over (order by name) - 1 as k from clients where centre_id = ${c})
      insert into requests (centre_id, number, client_id, area_id, title, status)
      select ${c}, g, cl.id, a.id, 'Aanvraag ' || g, 'evaluated'
      from generate_series(1, ${requestCount}::int) g
      join a on a.k = g % 40 join cl on cl.k = g % 200`);
    await db.execute(sql`
      insert into request_slots (centre_id, request_id, starts_at, ends_at)
      select ${c}, r.id, timestamptz '2024-01-01 09:00+01' + (r.number % 1000) * interval '1 day',
             timestamptz '2024-01-01 11:00+01' + (r.number % 1000) * interval '1 day'
      from requests r where r.centre_id = ${c}`);
    await db.execute(sql`
      with e as (select id, row_number() over (order by id) - 1 as k from experts where centre_id = ${c})
      insert into assignments (centre_id, request_id, expert_id, status, minutes_worked)
      select ${c}, r.id, e.id, 'confirmed', 60 + (r.number + s) % 180
      from requests r cross join generate_series(0, ${perRequest - 1}::int) s
      join e on e.k = (r.number * 7 + s * 101) % 2000
      where r.centre_id = ${c} and (r.number - 1) * ${perRequest} + s < ${records}`);
    await db.execute(sql`
      insert into evaluations (centre_id, request_id, token_hash, score, quote, quote_public, submitted_at)
      select ${c}, r.id, md5(r.id::text), 1 + r.number % 5, 'Uitspraak ' || r.number, r.number % 10 = 0,
             timestamptz '2024-01-03 12:00+01' + (r.number % 1000) * interval '1 day'
      from requests r where r.centre_id = ${c}`);
  });
  return { centreId: c, grantId: grant.id };
}

/** Adds trainees (in cohorts of 20, half under the grant) until the centre has `total`, each with an outcome and two ladder measurements. */
async function growTrainees(db: Db, centreId: string, grantId: string, from: number, total: number) {
  const c = centreId;
  await bulk(db, async () => {
    await db.execute(sql`
      insert into cohorts (centre_id, name, province, starts_on, ends_on, grant_id)
      select ${c}, 'Groep ' || g, (array['Groningen','Drenthe','Friesland','Utrecht'])[1 + g % 4],
             date '2023-09-01' + (g % 700), date '2024-06-30' + (g % 700),
             case when g % 2 = 0 then ${grantId}::uuid end
      from generate_series(${Math.floor(from / 20) + 1}::int, ${Math.ceil(total / 20)}::int) g`);
    await db.execute(sql`
      with k as (select id, substring(name from 7)::int as n from cohorts where centre_id = ${c})
      insert into trainees (centre_id, cohort_id, first_name, last_name, status, intake_status, certified_on, situation_before)
      select ${c}, k.id, 'Cursist', 'Nummer ' || g, 'certified', 'accepted',
             date '2024-01-01' + (g % 900),
             (array['long_term_unemployed','unemployed','working','other'])[1 + (case when g % 10 < 9 then 0 else 1 + g % 3 end)]::situation
      from generate_series(${from + 1}::int, ${total}::int) g
      join k on k.n = (g - 1) / 20 + 1`);
    await db.execute(sql`
      insert into outcomes (centre_id, trainee_id, kind, starts_on)
      select ${c}, t.id, (array['paid_job','volunteer','job_seeking','other_path'])[1 + abs(hashtext(t.id::text)) % 4]::outcome_kind,
             t.certified_on + 30
      from trainees t where t.centre_id = ${c} and not exists (select 1 from outcomes o where o.trainee_id = t.id)`);
    await db.execute(sql`
      insert into measurements (centre_id, trainee_id, moment, measured_on, ladder)
      select ${c}, t.id, m.moment::measurement_moment, t.certified_on - m.back, 1 + (abs(hashtext(t.id::text)) + m.step) % 6
      from trainees t, (values ('intake', 300, 0), ('end', 0, 2)) as m(moment, back, step)
      where t.centre_id = ${c} and not exists (select 1 from measurements x where x.trainee_id = t.id)`);
  });
  await db.execute(sql`analyze`);
}

const results: string[] = [
  "| backend | trainees | hour records | view | median (ms) | p95 (ms) |",
  "|---|---|---|---|---|---|",
];
for (const backend of backends) {
  const { database, drop } = await open(backend);
  const { db } = database;
  let t0 = performance.now();
  const { centreId, grantId } = await generateCentre(db, hourRecords);
  console.log(
    `${backend}: ${hourRecords.toLocaleString("en")} hour records in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const [{ userId }] = await queryRows<{ userId: string }>(
    db,
    sql`insert into "user" (name, email, email_verified) values ('Bench', ${`bench-${Date.now()}@example.org`}, true) returning id as "userId"`,
  );
  await db.execute(
    sql`insert into memberships (centre_id, user_id, role) values (${centreId}, ${userId}, 'funder')`,
  );
  await db.execute(
    sql`insert into grant_funders (centre_id, grant_id, user_id) values (${centreId}, ${grantId}, ${userId})`,
  );
  const staff: Actor = { userId, centreId, role: "coordinator" };
  const funder: Actor = { userId, centreId, role: "funder" };
  let have = 0;
  for (const size of sizes) {
    t0 = performance.now();
    await growTrainees(db, centreId, grantId, have, size);
    have = size;
    console.log(
      `${backend}: ${size.toLocaleString("en")} trainees in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    const views: [string, Actor, Parameters<typeof impactDashboard>[2]][] = [
      ["staff, all", staff, {}],
      ["staff, 2025, Groningen", staff, { from: "2025-01-01", to: "2025-12-31", province: "Groningen" }],
      ["funder", funder, {}],
    ];
    for (const [label, actor, filter] of views) {
      const once = () => inCentre(db, centreId, (tx) => impactDashboard(tx, actor, { ...filter }));
      try {
        await once();
      } catch (error) {
        // report and go on: a failing size is a finding, not the end of the run
        const reason = String((error as { cause?: unknown }).cause ?? error).slice(0, 80);
        const line = `| ${backend} | ${size.toLocaleString("en")} | ${hourRecords.toLocaleString("en")} | ${label} | failed: ${reason} | |`;
        console.log(line);
        results.push(line);
        continue;
      }
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        await once();
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      const line = `| ${backend} | ${size.toLocaleString("en")} | ${hourRecords.toLocaleString("en")} | ${label} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} |`;
      console.log(line);
      results.push(line);
    }
  }
  await database.close();
  await drop();
}
console.log(`\n${results.join("\n")}`);
