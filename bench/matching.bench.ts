/**
 * Matching for one request over generated pools of 1,000 / 10,000 / 100,000 experts, on PGlite (in
 * memory) and on PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL: a database is created for it).
 * Measures the whole match page's data (candidate query, score, excluded list, current offers) for
 * two requests: a Tuesday afternoon (about half the pool can) and a Sunday evening (nobody can, the
 * worst case: the query must look at every active expert before it can say so).
 *   npm run bench                      both backends, all sizes
 *   BENCH_SIZES=1000,10000 npm run bench
 *   BENCH_BACKENDS=postgres npm run bench
 */
import pg from "pg";

// one connection: the generator switches a session setting, and the runs are one after another anyway
process.env.DATABASE_POOL_SIZE ??= "1";

import { type Database, inCentre, openDatabase } from "~/db/client.server";
import { matchPage } from "~/modules/matching/match-page.server";
import { withDatabase } from "~/test/global-setup";
import { generatePool } from "./generate-pool";

const sizes = (process.env.BENCH_SIZES ?? "1000,10000,100000").split(",").map(Number);
const backends = (process.env.BENCH_BACKENDS ?? "pglite,postgres").split(",");
const runs = Number(process.env.BENCH_RUNS ?? 30);
const pgUrl =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  "postgres://postgres@127.0.0.1:5432/postgres";

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function open(backend: string): Promise<{ database: Database; drop(): Promise<void> }> {
  if (backend === "pglite") {
    const database = await openDatabase({});
    return { database, drop: async () => {} };
  }
  const name = `tandem_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  const database = await openDatabase({ url: withDatabase(pgUrl, name) });
  return {
    database,
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

const results: string[] = [
  "| backend | experts | request | generate (s) | eligible | median (ms) | p95 (ms) |",
  "|---|---|---|---|---|---|---|",
];
for (const backend of backends) {
  const { database, drop } = await open(backend);
  for (const size of sizes) {
    const t0 = performance.now();
    const { centreId, requestId, nobodyRequestId } = await generatePool(database.db, size);
    const generateSeconds = (performance.now() - t0) / 1000;
    const actor = { userId: "00000000-0000-0000-0000-000000000000", centreId, role: "coordinator" as const };
    const cases = [
      { label: "Tuesday afternoon", id: requestId },
      { label: "nobody available", id: nobodyRequestId },
    ];
    for (const { label, id } of cases) {
      const once = () => inCentre(database.db, centreId, (tx) => matchPage(tx, actor, id));
      let eligible = "";
      for (let i = 0; i < 3; i++) {
        const { candidates } = await once();
        eligible = `${candidates.eligibleMore ? ">" : ""}${candidates.eligibleTotal}`;
      }
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        await once();
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      const line = `| ${backend} | ${size.toLocaleString("en")} | ${label} | ${generateSeconds.toFixed(1)} | ${eligible} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} |`;
      console.log(line);
      results.push(line);
    }
  }
  await database.close();
  await drop();
}
console.log(`\n${results.join("\n")}`);
