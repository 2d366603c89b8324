/**
 * Server throughput and memory on the production build with the demo centre (issue 13, point 3).
 *
 *   npm run bench:server
 *   BENCH_SKIP_BUILD=1 BENCH_BACKENDS=pglite BENCH_LOAD_SECONDS=10 npm run bench:server
 *
 * Per backend (PGlite in an own folder; PostgreSQL in a database created on TEST_DATABASE_URL's
 * server and dropped afterwards): requests per second of the bare login page and of signed-in
 * coordinator pages (account, start, pool, a match page), each for BENCH_RPS_SECONDS (10) over
 * BENCH_CONNECTIONS (10) keep-alive connections in one-second slices taken in turn (so a busy
 * moment on a shared machine hits every page alike), and the ratio to the login page; then 100 signed-in
 * sessions (BENCH_SESSIONS), one connection each, walking start, pool and a match page for BENCH_LOAD_SECONDS (60)
 * while the server's resident memory (VmRSS) is sampled every second. Report only: it never fails
 * on a figure. Writes docs/performance.md. The account page is there as a signed-in page with little
 * data of its own: what signing in costs, apart from what a page shows.
 */
import {
  buildApp,
  pgliteTarget,
  pickBusiestMatch,
  postgresTarget,
  prepareDemo,
  residentMb,
  serveFlags,
  startServer,
  type Target,
} from "./lib/app";
import { stamp, table, writeSection } from "./lib/docs";
import { addErrors, type Errors, errorText, load, summarise } from "./lib/load";

const backends = (process.env.BENCH_BACKENDS ?? "pglite,postgres").split(",");
const rpsSeconds = Number(process.env.BENCH_RPS_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const loadSeconds = Number(process.env.BENCH_LOAD_SECONDS ?? 60);
const sessions = Number(process.env.BENCH_SESSIONS ?? 100);
/** The pages the 100 sessions walk in the memory run. */
const walked = ["start", "pool", "match"];

buildApp();
const rpsRows: (string | number)[][] = [];
const memoryRows: (string | number)[][] = [];
for (const backend of backends) {
  const target: Target = backend === "postgres" ? await postgresTarget() : pgliteTarget();
  const demo = await prepareDemo(target, { sessions });
  const server = await startServer(target);
  await pickBusiestMatch(server.base, demo);
  try {
    const cookie = demo.cookies.coordinator;
    const pages = [
      { name: "login (signed out)", path: "/login", cookies: [] },
      { name: "account (light page)", path: "/account", cookies: [cookie] },
      { name: "start", path: "/start", cookies: [cookie] },
      { name: "pool", path: "/pool", cookies: [cookie] },
      { name: "match", path: `/requests/${demo.ids.request}/match`, cookies: [cookie] },
    ];
    // one-second slices, taking the pages in turn, so a busy moment on the machine hits all of them alike
    const runs = pages.map(() => ({ times: [] as number[], errors: {} as Errors, seconds: 0 }));
    for (const page of pages)
      await load({ urls: [server.base + page.path], cookies: page.cookies, connections, seconds: 1 });
    for (let round = 0; round < rpsSeconds; round++)
      for (const [i, page] of pages.entries()) {
        const r = await load({
          urls: [server.base + page.path],
          cookies: page.cookies,
          connections,
          seconds: 1,
        });
        runs[i].times.push(...r.times);
        addErrors(runs[i].errors, r.errors);
        runs[i].seconds += r.seconds;
      }
    const results = runs.map((run) => summarise(run.times, run.errors, run.seconds));
    for (const [i, page] of pages.entries()) {
      const r = results[i];
      const ratio = (r.rps / results[0].rps).toFixed(2);
      rpsRows.push([backend, page.name, r.rps.toFixed(0), ratio, r.p50, r.p95, errorText(r.errors)]);
      console.error(
        `${backend} ${page.name}: ${r.rps.toFixed(0)} req/s (× ${ratio}), ${errorText(r.errors)} errors`,
      );
    }
    const before = residentMb(server.pid);
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, residentMb(server.pid));
    }, 1000);
    const r = await load({
      urls: pages.filter((p) => walked.includes(p.name)).map((p) => server.base + p.path),
      cookies: demo.loadCookies,
      connections: sessions,
      seconds: loadSeconds,
    });
    clearInterval(sampler);
    const after = residentMb(server.pid);
    peak = Math.max(peak, after);
    memoryRows.push([
      backend,
      sessions,
      loadSeconds,
      r.rps.toFixed(0),
      r.p95,
      errorText(r.errors),
      before,
      peak,
      after,
    ]);
    console.error(
      `${backend} ${sessions} sessions: RSS ${before} → peak ${peak} MB, ${errorText(r.errors)} errors`,
    );
  } finally {
    await server.stop();
    await target.drop();
  }
}

const rps = table(["backend", "page", "req/s", "× login", "p50 ms", "p95 ms", "errors"], rpsRows);
const memory = table(
  [
    "backend",
    "sessions",
    "seconds",
    "req/s",
    "p95 ms",
    "errors",
    "RSS before (MB)",
    "RSS peak (MB)",
    "RSS after (MB)",
  ],
  memoryRows,
);
console.log(`${rps}\n\n${memory}`);
writeSection(
  "server",
  "Server throughput and memory",
  `${stamp()} Demo data, production build, \`npm run serve\` (\`node ${serveFlags().join(" ")} server.mjs\`); the load comes from the same machine.
Requests per second over ${connections} keep-alive connections for ${rpsSeconds} s per page, in one-second
slices taking the pages in turn, signed in as the coordinator (target: a signed-in page at least
0.5 × the login page); "× login" is the ratio to the login page in the same run:

${rps}

Resident memory of the server process (VmRSS) with ${sessions} signed-in coordinator sessions, one connection
each, walking start, pool and a match page (target: under 400 MB on PostgreSQL):

${memory}`,
);
