/**
 * Where a page's server time goes: a CPU profile of the production server under load on one page.
 *
 *   npm run bench:profile                      # /start as the coordinator, PostgreSQL, 15 s
 *   BENCH_SKIP_BUILD=1 PROFILE_PAGE=pool PROFILE_SECONDS=20 npm run bench:profile
 *
 * Seeds the demo on a PostgreSQL database of its own (TEST_DATABASE_URL's server), starts
 * `node --cpu-prof server.mjs`, warms up for 3 s, loads the page over 10 connections, stops the
 * server and reads the profile's samples of the loaded seconds only (start-up is left out). Prints
 * the busy time per package and the functions with the most time of their own and in total (with what
 * they call). Report only: it writes nothing to the docs; the .cpuprofile stays in PROFILE_DIR for
 * Chrome's DevTools.
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp, pickBusiestMatch, postgresTarget, prepareDemo, startServer } from "./lib/app";
import { errorText, load } from "./lib/load";

type Node = { id: number; callFrame: Frame; children?: number[] };
type Frame = { functionName: string; url: string; lineNumber: number };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number };

const page = process.env.PROFILE_PAGE ?? "start";
const seconds = Number(process.env.PROFILE_SECONDS ?? 15);
const dir = process.env.PROFILE_DIR ?? mkdtempSync(join(tmpdir(), "tandem-profile-"));
const top = Number(process.env.PROFILE_TOP ?? 30);
/** Function names whose callers to list (PROFILE_CALLERS=matchRoutesImpl,fixedT). */
const callersOf = (process.env.PROFILE_CALLERS ?? "").split(",").filter(Boolean);

buildApp();
const target = await postgresTarget();
try {
  const demo = await prepareDemo(target);
  const server = await startServer(target, {}, ["--cpu-prof", `--cpu-prof-dir=${dir}`]);
  await pickBusiestMatch(server.base, demo);
  const paths: Record<string, string> = {
    login: "/login",
    start: "/start",
    pool: "/pool",
    match: `/requests/${demo.ids.request}/match`,
  };
  const url = server.base + (paths[page] ?? page);
  const cookies = page === "login" ? [] : [demo.cookies.coordinator];
  await load({ urls: [url], cookies, connections: 10, seconds: 3 });
  const loadedFrom = Date.now();
  const r = await load({ urls: [url], cookies, connections: 10, seconds });
  const loadedFor = Date.now() - loadedFrom;
  await server.stop();
  console.log(`${page}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms, ${errorText(r.errors)} errors`);
  const file = readdirSync(dir).find((name) => name.endsWith(".cpuprofile"));
  if (!file) throw new Error(`no profile in ${dir}`);
  report(JSON.parse(readFileSync(join(dir, file), "utf8")), loadedFor, r.requests);
  console.log(`profile: ${join(dir, file)}`);
} finally {
  await target.drop();
}

/** The package a frame belongs to: node_modules/<name>, the app's own code, or Node itself. */
function packageOf(frame: Frame): string {
  if (!frame.url) return frame.functionName.startsWith("(") ? frame.functionName : "(native)";
  const inModules = frame.url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (inModules) return inModules[1];
  if (frame.url.startsWith("node:")) return "node";
  if (frame.url.includes("/server/")) return "app (server build)";
  return frame.url.replace(/^file:\/\//, "");
}

function report(profile: Profile, loadedMs: number, requests: number): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const key = (frame: Frame) =>
    `${frame.functionName || "(anonymous)"} ${frame.url.split("/").slice(-1)[0]}:${frame.lineNumber + 1}`;
  // the samples of the loaded seconds: the last `loadedMs` before the profile's end, less the shutdown
  let t = profile.startTime;
  const times = profile.timeDeltas.map((d) => (t += d));
  const end = times[times.length - 1];
  const from = end - (loadedMs + 300) * 1000;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const packages = new Map<string, number>();
  const stacks = new Map<number, Set<string>>();
  const callers = new Map<string, Map<string, number>>(callersOf.map((name) => [name, new Map()]));
  let busy = 0;
  let idle = 0;
  for (const [i, id] of profile.samples.entries()) {
    if (times[i] < from || times[i] > end - 300_000) continue;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(id) as Node;
    if (node.callFrame.functionName === "(idle)") {
      idle += ms;
      continue;
    }
    busy += ms;
    self.set(key(node.callFrame), (self.get(key(node.callFrame)) ?? 0) + ms);
    const pkg = packageOf(node.callFrame);
    packages.set(pkg, (packages.get(pkg) ?? 0) + ms);
    let stack = stacks.get(id);
    if (!stack) {
      stack = new Set();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
        stack.add(key((byId.get(at) as Node).callFrame));
      stacks.set(id, stack);
    }
    for (const name of stack) total.set(name, (total.get(name) ?? 0) + ms);
    for (const [name, by] of callers) {
      // the frames that called `name` (its outermost call on this stack), with their own caller
      let outer: string | undefined;
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const frame = (byId.get(at) as Node).callFrame;
        if (frame.functionName !== name) continue;
        const up = parent.get(at);
        const upper = up === undefined ? undefined : parent.get(up);
        outer = [up, upper]
          .map((n) => (n === undefined ? "" : key((byId.get(n) as Node).callFrame)))
          .join(" ← ");
      }
      if (outer) by.set(outer, (by.get(outer) ?? 0) + ms);
    }
  }
  const perRequest = (ms: number) => (ms / requests).toFixed(2);
  console.log(
    `busy ${busy.toFixed(0)} ms, idle ${idle.toFixed(0)} ms, ${requests} requests: ${perRequest(busy)} ms CPU per request`,
  );
  const show = (title: string, map: Map<string, number>, n: number) => {
    console.log(`\n${title} (ms per request, share of busy time)`);
    for (const [name, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n))
      console.log(`${perRequest(ms).padStart(7)}  ${((100 * ms) / busy).toFixed(1).padStart(5)}%  ${name}`);
  };
  show("by package, own time", packages, 20);
  show("by function, own time", self, top);
  show("by function, with what it calls", total, top * 2);
  for (const [name, by] of callers) show(`callers of ${name}`, by, 12);
}
