/**
 * Shared by the page, server and screenshot benches: build the app, fill a database with the demo
 * centre plus signed-in sessions, and run `node server.mjs` on it on a free port.
 * The database is filled BEFORE the server starts (PGlite allows one process per folder).
 */
import { type ChildProcess, execSync, spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { asc, eq, inArray, isNull } from "drizzle-orm";
import pg from "pg";
import { inCentre, openDatabase } from "~/db/client.server";
import { assignments, evaluations, experts, pilotQuestionnaires, requests } from "~/db/schema";
import { getAuth } from "~/modules/accounts/auth.server";
import { enrolWithSecret } from "~/modules/accounts/two-factor.server";
import { addMember } from "~/modules/centres/create-centre.server";
import { demoLogins } from "~/modules/demo/logins";
import { seedDemo } from "~/modules/demo/seed-demo.server";
import { newToken } from "~/modules/evaluations/token.server";
import { withDatabase } from "~/test/global-setup";

export const buildDir = process.env.BUILD_DIR ?? "build-bench";

/** Builds the production app into BUILD_DIR (build-bench), unless BENCH_SKIP_BUILD is set. */
export function buildApp(): void {
  if (process.env.BENCH_SKIP_BUILD) return;
  console.error(`building into ${buildDir} …`);
  execSync("npx react-router build && node scripts/precompress.mjs", {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, BUILD_DIR: buildDir },
  });
}

/** Where the data lives: an own PGlite folder, or a PostgreSQL database created for this run. */
export type Target = { dataDir?: string; url?: string; drop(): Promise<void> };

export function pgliteTarget(): Target {
  const dir = mkdtempSync(join(tmpdir(), "tandem-bench-"));
  return { dataDir: join(dir, "data"), drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

export async function postgresTarget(): Promise<Target> {
  const server = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const name = `tandem_bench_pages_${process.pid}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  await admin.end();
  return {
    url: withDatabase(server, name),
    drop: async () => {
      const again = new pg.Client({ connectionString: server });
      await again.connect();
      await again.query(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}

export type Role = "admin" | "coordinator" | "expert" | "client_contact" | "funder";

/** A fixed two-factor secret for the demo staff in benchmarks (invented, base32). */
const BENCH_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

/** What the demo holds that pages need in their URL, and a session cookie per role. */
export type Demo = {
  /** `request` has the longest match page of the first open requests (see `pickBusiestMatch`). */
  ids: {
    request: string;
    openRequests: string[];
    expert: string;
    offer: string;
    hours: string;
    evaluationToken: string;
    /** A pilot's open questionnaire (/vragenlijst/:token). */
    questionnaireToken: string;
  };
  cookies: Record<Role, string>;
  /** Extra coordinator sessions for load (BENCH `sessions`). */
  loadCookies: string[];
};

/** Seeds the demo centre into the target, picks the ids the pages need and creates sessions. */
export async function prepareDemo(target: Target, options: { sessions?: number } = {}): Promise<Demo> {
  const database = await openDatabase({ url: target.url, dataDir: target.dataDir });
  try {
    const { db } = database;
    const { centreId } = await seedDemo(db);
    // the demo has no funder; the benches add one (invented) so the funder's view is measured too
    await addMember(db, {
      centreId,
      name: "Fenna Fonds",
      email: "financier@demo.tandem.example",
      role: "funder",
    });
    const auth = await getAuth(db);
    const context = await auth.$context;
    const userIds: Record<string, string> = {};
    for (const login of [...demoLogins, { email: "financier@demo.tandem.example", role: "funder" }]) {
      const found = await context.internalAdapter.findUserByEmail(login.email);
      if (found) userIds[login.role] ??= found.user.id;
    }
    const { token, hash } = newToken();
    const ids = await inCentre(db, centreId, async (tx) => {
      const open = await tx
        .select({ id: requests.id })
        .from(requests)
        .where(inArray(requests.status, ["in_progress", "new"]))
        .orderBy(asc(requests.number))
        .limit(8);
      const [expert] = await tx
        .select({ id: experts.id })
        .from(experts)
        .where(eq(experts.userId, userIds.expert));
      const own = await tx
        .select({
          id: assignments.id,
          status: assignments.status,
          request: requests.status,
          logged: assignments.hoursLoggedAt,
        })
        .from(assignments)
        .innerJoin(requests, eq(requests.id, assignments.requestId))
        .where(eq(assignments.expertId, expert.id));
      const offer = own.find((a) => a.status === "offered") ?? own[0];
      // the hours form itself: done work without hours yet (once evaluated, the page only says it is locked)
      const confirmed = own.filter((a) => a.status === "confirmed");
      const hours =
        confirmed.find((a) => a.request === "done" && !a.logged) ??
        confirmed.find((a) => a.request === "done") ??
        confirmed[0] ??
        own[0];
      const [evaluation] = await tx
        .select({ id: evaluations.id })
        .from(evaluations)
        .where(isNull(evaluations.submittedAt))
        .limit(1);
      if (evaluation)
        await tx.update(evaluations).set({ tokenHash: hash }).where(eq(evaluations.id, evaluation.id));
      else throw new Error("the demo has no open evaluation");
      const questionnaire = newToken();
      const [unanswered] = await tx
        .select({ id: pilotQuestionnaires.id })
        .from(pilotQuestionnaires)
        .where(isNull(pilotQuestionnaires.answeredAt))
        .limit(1);
      if (unanswered)
        await tx
          .update(pilotQuestionnaires)
          .set({ tokenHash: questionnaire.hash })
          .where(eq(pilotQuestionnaires.id, unanswered.id));
      if (!offer || !hours) throw new Error("the demo expert has no assignments");
      return {
        request: open[0].id,
        openRequests: open.map((r) => r.id),
        expert: expert.id,
        offer: offer.id,
        hours: hours.id,
        evaluationToken: token,
        questionnaireToken: questionnaire.token,
      };
    });
    const sign = (value: string) =>
      encodeURIComponent(`${value}.${createHmac("sha256", context.secret).update(value).digest("base64")}`);
    // admins and coordinators must use two-factor sign-in; give them a known secret, as the journeys do
    for (const role of ["admin", "coordinator"])
      if (userIds[role]) await enrolWithSecret(db, userIds[role], BENCH_TOTP_SECRET);
    const cookieFor = async (userId: string) => {
      const session = await context.internalAdapter.createSession(userId);
      return `${context.authCookies.sessionToken.name}=${sign(session.token)}`;
    };
    const cookies = {} as Record<Role, string>;
    for (const role of ["admin", "coordinator", "expert", "client_contact", "funder"] as const)
      cookies[role] = await cookieFor(userIds[role]);
    const loadCookies: string[] = [];
    for (let i = 0; i < (options.sessions ?? 0); i++) loadCookies.push(await cookieFor(userIds.coordinator));
    return { ids, cookies, loadCookies };
  } finally {
    await database.close();
  }
}

/**
 * Sets `ids.request` to the open request with the longest match page (the most candidates to
 * show), so the match page is measured with real work rather than "nobody fits".
 */
export async function pickBusiestMatch(base: string, demo: Demo): Promise<void> {
  let longest = -1;
  for (const id of demo.ids.openRequests) {
    const response = await fetch(`${base}/requests/${id}/match`, {
      headers: { cookie: demo.cookies.coordinator },
    });
    const length = (await response.text()).length;
    if (response.ok && length > longest) [longest, demo.ids.request] = [length, id];
  }
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export type Server = { base: string; pid: number; stop(): Promise<void> };

/** The node flags of `npm run serve` (the heap limit), so the benches run the server as `npm start` does. */
export function serveFlags(): string[] {
  const scripts = JSON.parse(readFileSync("package.json", "utf8")).scripts as Record<string, string>;
  return scripts.serve.split(" ").filter((part) => part.startsWith("--"));
}

/** Starts the server as `npm run serve` does (node, its flags, server.mjs) on the target and waits for /healthz. */
export async function startServer(
  target: Target,
  env: Record<string, string> = {},
  /** Node flags besides those of `npm run serve` (the profile bench's `--cpu-prof`). */
  nodeFlags: string[] = [],
): Promise<Server> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const outbox = mkdtempSync(join(tmpdir(), "tandem-bench-outbox-"));
  const child: ChildProcess = spawn("node", [...serveFlags(), ...nodeFlags, "server.mjs"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      BUILD_DIR: buildDir,
      PORT: String(port),
      HOST: "127.0.0.1",
      BASE_URL: base,
      LOG_REQUESTS: "off",
      TANDEM_JOBS: "off",
      OUTBOX_DIR: outbox,
      ...(target.url ? { DATABASE_URL: target.url } : { DATA_DIR: target.dataDir ?? "" }),
      ...env,
    },
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {}
    if (i > 600) throw new Error("server did not answer /healthz within 60 s");
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    pid: child.pid ?? 0,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
      rmSync(outbox, { recursive: true, force: true });
    },
  };
}

/** Resident memory of a process in MB, from /proc/<pid>/status. */
export function residentMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+) kB/);
  return line ? Math.round(Number(line[1]) / 1024) : 0;
}

/** The current commit, short, for the generated docs. */
export function commit(): string {
  return execSync("git rev-parse --short HEAD").toString().trim();
}
