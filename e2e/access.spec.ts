/**
 * The access table (e2e/access/table.ts) against the running app: every route and intent, for nobody
 * signed in and for each role of centre A, with centre A's records and with centre B's. No browser:
 * plain HTTP requests as a browser would send them (the form, the Origin, the session cookie).
 */
import { existsSync } from "node:fs";
import { type APIRequestContext, type APIResponse, chromium, expect, request, test } from "@playwright/test";
import { appRoutes, type RouteInfo } from "./access/inventory";
import {
  type Answer,
  accessTable,
  type ByViewer,
  type FilledForm,
  type Outcome,
  type Viewer,
  viewers,
} from "./access/table";
import { ACCESS_IDS } from "./access.data";
import { lastMailTo, totpNow } from "./fixtures";
import { PASSWORD, person } from "./people";
import { E2E } from "./ports";

const baseURL = `http://127.0.0.1:${E2E.appPort}`;
const own = ACCESS_IDS.a;
const other = ACCESS_IDS.b;

/** The record each id in an address stands for; these differ between the two centres. */
const recordParams: Record<string, string> = {
  requestId: "request",
  assignmentId: "assignment",
  clientId: "client",
  grantId: "grant",
  expertId: "expert",
  cohortId: "cohort",
  sessionId: "session",
  traineeId: "trainee",
  employerId: "employer",
  vacancyId: "vacancy",
  trajectoryId: "trajectory",
  pilotId: "pilot",
  groupId: "intervisieGroup",
  intervisieSessionId: "intervisieSession",
  tandemId: "tandem",
  questionId: "question",
  articleId: "article",
};

/** Values for the other parameters: the same in every probe. */
function fixedParam(pattern: string, name: string): string | undefined {
  if (name === "slug") return own.slug;
  if (name === "token")
    return pattern.startsWith("/evaluatie")
      ? own.evaluationToken
      : pattern.startsWith("/vragenlijst")
        ? own.questionnaireToken
        : own.invitationToken;
  if (name === "lng") return "nl";
  if (name === "ns") return "common";
  // a texts file of an older version: still served (not cached)
  if (name === "file") return pattern.startsWith("/texts") ? "common.0.js" : "pool.xlsx";
  return undefined;
}

/**
 * Records that belong to one person: the colleague probe asks for another expert's assignment,
 * another funder's grant and another expert's tandem in the own centre.
 */
const personalParams = ["assignmentId", "grantId", "tandemId"];

const paramsOf = (pattern: string) => [...pattern.matchAll(/:(\w+)/g)].map((m) => m[1]);
const hasRecord = (pattern: string) => paramsOf(pattern).some((p) => p in recordParams);
const hasPersonal = (pattern: string) => paramsOf(pattern).some((p) => personalParams.includes(p));

/** Which records a probe uses: centre A's, centre B's, or centre A's with a colleague's personal ones. */
type Where = "own" | "other" | "colleague";
const recordsOf = (where: Where): Record<string, string> =>
  where === "own"
    ? own
    : where === "other"
      ? other
      : {
          ...own,
          assignment: own.colleagueAssignment,
          grant: own.colleagueGrant,
          tandem: own.colleagueTandem,
        };

function address(pattern: string, centre: Where): string {
  const ids = recordsOf(centre);
  return pattern.replace(/:(\w+)/g, (_, name: string) => {
    const value = name in recordParams ? ids[recordParams[name]] : fixedParam(pattern, name);
    if (!value) throw new Error(`give :${name} a value in e2e/access.spec.ts (${pattern})`);
    return value;
  });
}

const isFilled = (cells: ByViewer | FilledForm): cells is FilledForm => "form" in cells;

/** The form a probe posts: the intent, and for a filled-in form its fields with `@record` made the centre's id. */
function formOf(intent: string, cells: ByViewer | FilledForm, centre: Where): Record<string, string> {
  const form: Record<string, string> = intent === "default" ? {} : { intent };
  if (!isFilled(cells)) return form;
  const ids = recordsOf(centre);
  for (const [name, value] of Object.entries(cells.form))
    form[name] = !value.startsWith("@")
      ? value
      : value.startsWith("@b:")
        ? (other[value.slice(3)] ?? `unknown record ${value}`)
        : (ids[value.slice(1)] ?? `unknown record ${value}`);
  return form;
}

function outcomeOf(response: APIResponse): Outcome | string {
  const status = response.status();
  if (status >= 200 && status < 300) return "ok";
  if (status >= 300 && status < 400) {
    const to = new URL(response.headers().location ?? "/", baseURL).pathname;
    return to === "/login" ? "login" : "redirect";
  }
  if (status === 400 || status === 409 || status === 422) return "invalid";
  if (status === 403) return "forbidden";
  if (status === 404) return "notFound";
  if (status === 503) return "unavailable";
  return `status ${status}`;
}

/** Signs in as a role of centre A the way its people do: staff with password and app code, the others with a mailed code. */
async function signIn(role: Exclude<Viewer, "anonymous">): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL } });
  const { email } = person(own.slug, role);
  if (role === "coordinator" || role === "admin") {
    const first = await context.post("/login", { form: { email, password: PASSWORD }, maxRedirects: 0 });
    expect(first.headers().location, `${role} password step`).toMatch(/^\/login\/two-factor/);
    const second = await context.post("/login/two-factor", { form: { code: totpNow() }, maxRedirects: 0 });
    expect(second.status(), `${role} two-factor step`).toBe(302);
  } else {
    const since = Date.now();
    await context.post("/login/code", { form: { intent: "send", email }, maxRedirects: 0 });
    const code = (await lastMailTo(email, since)).match(/(?:Uw|Je) inlogcode is: (\d{6})/)?.[1] ?? "";
    const answer = await context.post("/login/code", {
      form: { intent: "check", email, code },
      maxRedirects: 0,
    });
    expect(answer.status(), `${role} code step`).toBe(302);
  }
  const account = await context.get("/account", { maxRedirects: 0 });
  expect(account.status(), `${role} is signed in`).toBe(200);
  return context;
}

type Probe = {
  pattern: string;
  method: "GET" | "POST";
  intent: string;
  viewer: Viewer;
  centre: Where;
};

/**
 * Whether the server can print a PDF (app/lib/pdf.server.ts looks for the same browsers). Without one the
 * grant report answers 503 after the access checks: that counts as `ok` here.
 */
const canPrintPdf = process.env.CHROMIUM_PATH
  ? existsSync(process.env.CHROMIUM_PATH)
  : [
      "/usr/bin/chromium",
      "/usr/bin/chromium-browser",
      "/usr/bin/google-chrome",
      chromium.executablePath(),
    ].some((p) => existsSync(p));

/** A colleague's record answers as the own one unless the cell says otherwise (a third value). */
function expected(answer: Answer, centre: Where): Outcome {
  if (typeof answer === "string") return answer;
  if (centre === "other") return answer[1];
  return centre === "colleague" ? (answer[2] ?? answer[0]) : answer[0];
}

/** GETs first, then posts, and signing out last: a probe never takes away what a later one needs. */
function probes(): Probe[] {
  const list: Probe[] = [];
  const centresOf = (pattern: string): Where[] =>
    hasPersonal(pattern) ? ["own", "other", "colleague"] : hasRecord(pattern) ? ["own", "other"] : ["own"];
  for (const pattern of Object.keys(accessTable).sort())
    for (const viewer of viewers)
      for (const centre of centresOf(pattern))
        list.push({ pattern, method: "GET", intent: "", viewer, centre });
  for (const pattern of Object.keys(accessTable).sort())
    for (const intent of Object.keys(accessTable[pattern].post ?? {}).sort())
      for (const viewer of viewers)
        for (const centre of centresOf(pattern))
          list.push({ pattern, method: "POST", intent, viewer, centre });
  return list.sort((x, y) => Number(x.pattern === "/logout") - Number(y.pattern === "/logout"));
}

test("the access table lists every route and every intent, and nothing else", async () => {
  const routes = await appRoutes();
  const problems: string[] = [];
  const byPattern = new Map<string, RouteInfo>(routes.map((r) => [r.pattern, r]));
  for (const route of routes) {
    const row = accessTable[route.pattern];
    if (!row) {
      problems.push(`${route.pattern} (${route.file}) has no row in e2e/access/table.ts`);
      continue;
    }
    const listed = Object.keys(row.post ?? {}).sort();
    for (const name of route.intents)
      if (!listed.includes(name)) problems.push(`${route.pattern}: intent "${name}" has no row`);
    for (const name of listed)
      if (!route.intents.includes(name))
        problems.push(`${route.pattern}: intent "${name}" is not in the action`);
  }
  for (const pattern of Object.keys(accessTable))
    if (!byPattern.has(pattern)) problems.push(`${pattern} is in the table but is no route`);
  // a pair [own, other] only where the address holds a record of a centre
  for (const [pattern, row] of Object.entries(accessTable))
    for (const [what, cells] of [["GET", row.get] as const, ...Object.entries(row.post ?? {})])
      for (const viewer of viewers) {
        const cell = (isFilled(cells) ? cells.answers : cells)[viewer];
        if (typeof cell !== "string" && !hasRecord(pattern))
          problems.push(`${pattern} ${what} ${viewer}: [own, other] on a route without a record id`);
        if (typeof cell !== "string" && cell.length > 2 && !hasPersonal(pattern))
          problems.push(
            `${pattern} ${what} ${viewer}: a colleague's answer on a route without a personal record`,
          );
      }
  expect(problems).toEqual([]);
});

test("every route and intent answers each role as the access table says", async () => {
  test.setTimeout(240_000);
  const contexts = new Map<Viewer, APIRequestContext>();
  contexts.set("anonymous", await request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL } }));
  for (const viewer of viewers) if (viewer !== "anonymous") contexts.set(viewer, await signIn(viewer));

  const differences: string[] = [];
  const timings: [number, string][] = [];
  const all = probes();
  for (const probe of all) {
    const started = Date.now();
    const context = contexts.get(probe.viewer) as APIRequestContext;
    const row = accessTable[probe.pattern];
    const url = address(probe.pattern, probe.centre) + (row.query ?? "");
    const cells = probe.method === "GET" ? row.get : row.post?.[probe.intent];
    if (!cells) throw new Error(`no row for ${probe.method} ${probe.intent} ${probe.pattern}`);
    // maxRetries: a kept-alive connection the server closed while this role's context waited (its
    // keep-alive timeout is 5 s; the PDF probes of other roles take that long) answers ECONNRESET once
    const response =
      probe.method === "GET"
        ? await context.get(url, { maxRedirects: 0, maxRetries: 1 })
        : await context.post(url, {
            form: formOf(probe.intent, cells, probe.centre),
            maxRedirects: 0,
            maxRetries: 1,
          });
    const want = expected((isFilled(cells) ? cells.answers : cells)[probe.viewer], probe.centre);
    const answered = outcomeOf(response);
    const got = answered === "unavailable" && want === "ok" && !canPrintPdf ? "ok" : answered;
    if (got !== want) {
      const what = probe.method === "GET" ? "GET" : `POST ${probe.intent}`;
      const where = !hasRecord(probe.pattern)
        ? ""
        : probe.centre === "colleague"
          ? " (a colleague's record)"
          : ` (${probe.centre} centre)`;
      const to = response.headers().location ? ` → ${response.headers().location}` : "";
      differences.push(
        `${what} ${probe.pattern}${where} as ${probe.viewer}: table says ${want}, app says ${got} (${response.status()}${to})`,
      );
    }
    await response.dispose();
    timings.push([
      Date.now() - started,
      `${probe.method} ${probe.intent} ${probe.pattern} as ${probe.viewer}`,
    ]);
  }
  for (const context of contexts.values()) await context.dispose();
  const slowest = timings.sort((x, y) => y[0] - x[0]).slice(0, 5);
  console.log(
    `access table: ${all.length} probes; slowest: ${slowest.map(([ms, what]) => `${what} ${ms} ms`).join("; ")}`,
  );
  expect(differences).toEqual([]);
});
