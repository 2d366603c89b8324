/**
 * Vacancy matching (issue 15.2) over generated centres with 1,000 and 10,000 graduates, on PGlite (in
 * memory) and PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL: a database is created for it).
 * The pool comes from generate-pool.ts; every expert is also a graduate (a certified trainee linked
 * to the pool record), and a fifth of the graduates are not in the pool. Their timelines: about 40%
 * look for work now, the rest work or went another way; some are proposed for other vacancies and
 * some are at work through a placement. Measures the vacancy page's data: the one candidate query,
 * the rules and the score (vacancyCandidates), for a vacancy with two themes in one area.
 *   npx tsx bench/vacancies.bench.ts
 *   BENCH_SIZES=1000 BENCH_BACKENDS=postgres npx tsx bench/vacancies.bench.ts
 */
import { sql } from "drizzle-orm";
import pg from "pg";

process.env.DATABASE_POOL_SIZE ??= "1";

import { type Database, type Db, inCentre, openDatabase, queryRows } from "~/db/client.server";
import { vacancyCandidates } from "~/modules/employers/vacancies.server";
import { withDatabase } from "~/test/global-setup";
import { generatePool } from "./generate-pool";

const sizes = (process.env.BENCH_SIZES ?? "1000,10000").split(",").map(Number);
const backends = (process.env.BENCH_BACKENDS ?? "pglite,postgres").split(",");
const runs = Number(process.env.BENCH_RUNS ?? 30);
const pgUrl =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  "postgres://postgres@127.0.0.1:5432/postgres";

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function open(backend: string): Promise<{ database: Database; drop(): Promise<void> }> {
  if (backend === "pglite") return { database: await openDatabase({}), drop: async () => {} };
  const name = `tandem_bench_vacancies_${process.pid}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  const database = await openDatabase({ url: withDatabase(pgUrl, name) });
  return {
    database,
    drop: async () => {
      // pool.end() resolves before its sockets close: let them go, so "force" kills no open client
      for (let i = 0; i < 50; i++) {
        const { rows } = await admin.query(
          "select count(*)::int as n from pg_stat_activity where datname = $1",
          [name],
        );
        if (rows[0].n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** Graduates, timelines, proposals, placements and the vacancy to match, on top of a generated pool. */
async function generateGraduates(db: Db, centreId: string, count: number): Promise<string> {
  const c = centreId;
  const [cohort] = await queryRows<{ id: string }>(
    db,
    sql`insert into cohorts (centre_id, name, starts_on, ends_on) values (${c}, 'Keuzedeel', '2024-09-01', '2025-06-30') returning id`,
  );
  // every expert is a graduate; a quarter more graduates are not in the pool
  await db.execute(sql`
    insert into trainees (centre_id, cohort_id, expert_id, first_name, last_name, province, status, intake_status, certified_on)
    select ${c}, ${cohort.id}, id, 'Deelnemer', last_name, 'Groningen', 'certified', 'accepted', date '2025-06-30'
    from experts where centre_id = ${c}`);
  await db.execute(sql`
    insert into trainees (centre_id, cohort_id, first_name, last_name, province, status, intake_status, certified_on)
    select ${c}, ${cohort.id}, 'Deelnemer', 'Buiten de pool ' || g, case when g % 2 = 0 then 'Groningen' else 'Drenthe' end,
      'certified', 'accepted', date '2025-06-30'
    from generate_series(1, ${Math.floor(count / 4)}) g`);
  await db.execute(sql`
    with t as (select id, row_number() over (order by id) as n from trainees where centre_id = ${c})
    insert into outcomes (centre_id, trainee_id, kind, starts_on)
    select ${c}, id,
      (case when n % 10 < 4 then 'job_seeking' when n % 10 < 7 then 'paid_job' when n % 10 < 9 then 'volunteer' else 'other_path' end)::outcome_kind,
      date '2025-07-01' + (n % 300)::int
    from t`);
  const [employer] = await queryRows<{ id: string }>(
    db,
    sql`insert into employers (centre_id, name, sector, stage, stage_since) values (${c}, 'Werkgever', 'housing', 'decided', '2026-10-01') returning id`,
  );
  const [area] = await queryRows<{ id: string }>(
    db,
    sql`select id from areas where centre_id = ${c} order by name offset 5 limit 1`,
  );
  const themeIds = (
    await queryRows<{ id: string }>(
      db,
      sql`select id from themes where centre_id = ${c} order by name limit 2`,
    )
  ).map((t) => t.id);
  const [vacancy] = await queryRows<{ id: string }>(
    db,
    sql`insert into vacancies (centre_id, employer_id, title, kind, hours_per_week, area_id, theme_ids)
      values (${c}, ${employer.id}, 'Ervaringsdeskundige', 'paid_job', 24, ${area.id}, array[${sql.join(
        themeIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )}]) returning id`,
  );
  const [other] = await queryRows<{ id: string }>(
    db,
    sql`insert into vacancies (centre_id, employer_id, title, kind) values (${c}, ${employer.id}, 'Andere plek', 'volunteer') returning id`,
  );
  // one in twenty looking graduates is proposed elsewhere; one in fifty works through a placement
  await db.execute(sql`
    with t as (select id, row_number() over (order by id) as n from trainees where centre_id = ${c})
    insert into vacancy_proposals (centre_id, vacancy_id, trainee_id) select ${c}, ${other.id}, id from t where n % 20 = 0`);
  await db.execute(sql`
    with t as (select id, row_number() over (order by id) as n from trainees where centre_id = ${c})
    insert into placements (centre_id, employer_id, trainee_id, kind, starts_on) select ${c}, ${employer.id}, id, 'paid_job', '2026-01-01' from t where n % 50 = 7`);
  return vacancy.id;
}

const results = [
  "| backend | graduates | generate (s) | fit | left out | median (ms) | p95 (ms) |",
  "|---|---|---|---|---|---|---|",
];
for (const backend of backends) {
  const { database, drop } = await open(backend);
  for (const size of sizes) {
    const t0 = performance.now();
    const { centreId } = await generatePool(database.db, size);
    const vacancyId = await generateGraduates(database.db, centreId, size);
    const generateSeconds = (performance.now() - t0) / 1000;
    const actor = { userId: "00000000-0000-0000-0000-000000000000", centreId, role: "coordinator" as const };
    const once = () =>
      inCentre(database.db, centreId, (tx) => vacancyCandidates(tx, actor, vacancyId, "2026-12-02"));
    let fit = 0;
    let left = 0;
    for (let i = 0; i < 3; i++) {
      const result = await once();
      fit = result.ranked.length;
      left = Object.values(result.left).reduce((a, b) => a + b, 0);
    }
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await once();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const graduates = size + Math.floor(size / 4);
    const line = `| ${backend} | ${graduates.toLocaleString("en")} | ${generateSeconds.toFixed(1)} | ${fit} | ${left} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} |`;
    console.log(line);
    results.push(line);
  }
  await database.close();
  await drop();
}
console.log(`\n${results.join("\n")}`);
