/**
 * Page weight and Lighthouse, on the production build with the demo centre (issue 13, points 1–2).
 *
 *   npm run bench:pages
 *   BENCH_SKIP_BUILD=1 BENCH_LIGHTHOUSE=off npm run bench:pages
 *
 * Builds into build-bench (BUILD_DIR), seeds the demo into an own PGlite folder with a session per
 * role, starts `node server.mjs` on a free port, and loads every page in `pages` as a browser does
 * on a first visit (see bench/lib/weight.ts). Budgets (compressed, as served): expert, client and
 * public pages ≤ 60 KB JS and ≤ 40 KB CSS, coordinator and admin pages ≤ 150 KB JS. Over budget is
 * reported, not failed; a page that does not answer 200 makes the run exit non-zero.
 * Then Lighthouse mobile on five pages when the `lighthouse` package is installed.
 * Writes both to docs/performance.md. KB are 1,024 bytes.
 */
import {
  buildApp,
  type Demo,
  pgliteTarget,
  pickBusiestMatch,
  prepareDemo,
  type Role,
  startServer,
} from "./lib/app";
import { browserLoad, launch } from "./lib/browser-weight";
import { stamp, table, writeSection } from "./lib/docs";
import { lighthouse, lighthouseInstalled } from "./lib/lighthouse";
import { firstLoad, kb } from "./lib/weight";

type Group = "public" | "expert" | "client" | "staff";
type Page = { name: string; path: (d: Demo) => string; as?: Role; group: Group; lighthouse?: boolean };

const pages: Page[] = [
  { name: "public request form", path: () => "/aanvraag/demo", group: "public", lighthouse: true },
  { name: "public form, thank you", path: () => "/aanvraag/demo/bedankt", group: "public" },
  { name: "login", path: () => "/login", group: "public", lighthouse: true },
  { name: "login with code", path: () => "/login/code", group: "public" },
  { name: "expert agenda", path: () => "/agenda", as: "expert", group: "expert", lighthouse: true },
  { name: "offer", path: (d) => `/agenda/${d.ids.offer}`, as: "expert", group: "expert", lighthouse: true },
  { name: "hours", path: (d) => `/agenda/${d.ids.hours}/hours`, as: "expert", group: "expert" },
  { name: "evaluation form", path: (d) => `/evaluatie/${d.ids.evaluationToken}`, group: "public" },
  { name: "my requests", path: () => "/my-requests", as: "client_contact", group: "client" },
  { name: "new request (client)", path: () => "/my-requests/new", as: "client_contact", group: "client" },
  { name: "start", path: () => "/start", as: "coordinator", group: "staff", lighthouse: true },
  { name: "requests", path: () => "/requests", as: "coordinator", group: "staff" },
  { name: "request", path: (d) => `/requests/${d.ids.request}`, as: "coordinator", group: "staff" },
  { name: "match", path: (d) => `/requests/${d.ids.request}/match`, as: "coordinator", group: "staff" },
  { name: "pool", path: () => "/pool", as: "coordinator", group: "staff" },
  { name: "expert", path: (d) => `/pool/${d.ids.expert}`, as: "coordinator", group: "staff" },
  { name: "training", path: () => "/training", as: "coordinator", group: "staff" },
  { name: "impact", path: () => "/impact", as: "coordinator", group: "staff" },
  { name: "settings", path: () => "/settings", as: "coordinator", group: "staff" },
  { name: "users", path: () => "/users", as: "admin", group: "staff" },
];

const budget = (group: Group) =>
  group === "staff" ? { js: 150 * 1024, css: Number.POSITIVE_INFINITY } : { js: 60 * 1024, css: 40 * 1024 };

buildApp();
const target = pgliteTarget();
const demo = await prepareDemo(target);
const server = await startServer(target);
await pickBusiestMatch(server.base, demo);
const browser = process.env.BENCH_BROWSER === "off" ? undefined : await launch();
let failed = 0;
try {
  const rows: (string | number)[][] = [];
  for (const page of pages) {
    const path = page.path(demo);
    const cookie = page.as ? demo.cookies[page.as] : undefined;
    const w = await firstLoad(server.base + path, cookie);
    if (w.status !== 200) failed++;
    const limit = budget(page.group);
    const over = [w.js > limit.js ? "JS" : "", w.css > limit.css ? "CSS" : ""].filter(Boolean).join(", ");
    const seen =
      browser && w.status === 200 ? await browserLoad(browser, server.base + path, cookie) : undefined;
    rows.push([
      page.name,
      page.group,
      w.status,
      `${kb(w.html)} (${w.htmlEncoding})`,
      kb(w.js),
      kb(w.jsGzip),
      kb(w.css),
      kb(w.cssGzip),
      `${w.jsEncoding}/${w.cssEncoding}`,
      w.files,
      seen ? `${kb(seen.js)} / ${kb(seen.css)} / ${kb(seen.other)}` : "-",
      w.status !== 200 ? "**no 200**" : over ? `**over: ${over}**` : "ok",
    ]);
    console.error(`${page.name}: ${w.status}`);
  }
  const weights = table(
    [
      "page",
      "who",
      "status",
      "HTML KB",
      "JS KB",
      "JS gzip",
      "CSS KB",
      "CSS gzip",
      "JS/CSS encoding",
      "files",
      "Chromium JS / CSS / other KB",
      "budget",
    ],
    rows,
  );
  console.log(weights);
  writeSection(
    "pages",
    "Page weight (first load)",
    `${stamp()} Demo data, production build. JS and CSS KB are what the server transferred (compressed
as served, or raw when it does not compress); "gzip" is the same files gzipped here, for comparison.
"Chromium" is the same load in the browser (bytes on the wire per resource type until the network is
idle, including what scripts fetch); BENCH_BROWSER=off leaves it out.
Budgets: public, expert and client pages ≤ 60 KB JS and ≤ 40 KB CSS; staff pages ≤ 150 KB JS.

${weights}`,
  );

  if (process.env.BENCH_LIGHTHOUSE === "off") console.error("Lighthouse skipped (BENCH_LIGHTHOUSE=off)");
  else if (!lighthouseInstalled()) {
    const note =
      "Not measured: the `lighthouse` package is not installed (add `lighthouse@12.8` as a dev dependency).";
    console.error(note);
    writeSection("lighthouse", "Lighthouse mobile", `${stamp()} ${note}`);
  } else {
    const scores: (string | number)[][] = [];
    for (const page of pages.filter((p) => p.lighthouse)) {
      const s = await lighthouse(server.base + page.path(demo), page.as ? demo.cookies[page.as] : undefined);
      scores.push([page.name, s.performance, s.accessibility, s.seo, s.fcp, s.lcp, s.tbt, s.cls]);
      console.error(`lighthouse ${page.name}: ${s.performance}/${s.accessibility}/${s.seo}`);
    }
    const text = table(["page", "performance", "accessibility", "SEO", "FCP", "LCP", "TBT", "CLS"], scores);
    console.log(text);
    writeSection(
      "lighthouse",
      "Lighthouse mobile",
      `${stamp()} Default mobile form factor and simulated throttling, local Chromium. Targets: performance ≥ 95, accessibility 100.\n\n${text}`,
    );
  }
} finally {
  await browser?.close();
  await server.stop();
  await target.drop();
}
if (failed > 0) {
  console.error(`${failed} page(s) did not answer 200`);
  process.exit(1);
}
