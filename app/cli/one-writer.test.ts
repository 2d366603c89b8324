import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCK_FILE } from "~/db/data-dir-lock.server";

/**
 * One writer on the embedded database (issue 14.3), with real processes: the `tandem` command and a
 * stand-in server (test/hold-data-dir.ts opens DATA_DIR the way the server's start-up does).
 */
const root = mkdtempSync(join(tmpdir(), "tandem-one-writer-"));
const dataDir = join(root, "data");
const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" };
const tsx = join("node_modules", ".bin", "tsx");

function tandem(args: string[], dir = dataDir) {
  const result = spawnSync(process.execPath, ["bin/tandem.mjs", ...args], {
    encoding: "utf8",
    env: { ...env, DATA_DIR: dir },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts a process that holds DATA_DIR; resolves once it says "ready", or with its exit code. */
function holder(): Promise<{ child: ChildProcess; ready: boolean; code?: number | null; stderr: string }> {
  const child = spawn(tsx, ["--tsconfig", "tsconfig.json", "app/cli/test/hold-data-dir.ts"], { env });
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve) => {
    child.stdout?.on("data", (chunk) => {
      if (String(chunk).includes("ready")) resolve({ child, ready: true, stderr });
    });
    child.on("exit", (code) => resolve({ child, ready: false, code, stderr }));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.on("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

let server: ChildProcess | undefined;

beforeAll(() => {
  const made = tandem(["migrate"]);
  expect(made.stderr).toBe("");
  expect(made.code).toBe(0);
}, 180_000);
afterAll(async () => {
  if (server) await stop(server);
});

describe("one writer on the embedded database (issue 14.3)", () => {
  it("refuses a command while a server holds DATA_DIR, and a second server likewise", async () => {
    const first = await holder();
    server = first.child;
    expect(first.ready).toBe(true);
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(true);

    const seed = tandem(["seed-demo"]);
    expect(seed.code).toBe(1);
    expect(seed.stderr).toContain("is in use by a running Tandem server");
    expect(seed.stdout).not.toContain("Demo centre created");

    const second = await holder();
    expect(second.ready).toBe(false);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain("is in use by a running Tandem server");

    await stop(first.child);
    server = undefined;
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  }, 180_000);

  it("takes over a lock left by a process that was killed", () => {
    const gone = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
      encoding: "utf8",
    });
    const stale = { pid: Number(gone.stdout), what: "server", host: hostname() };
    writeFileSync(join(dataDir, LOCK_FILE), JSON.stringify({ ...stale, startedAt: "2026-01-01T00:00:00Z" }));
    const run = tandem(["create-centre", "--name", "Centrum Een"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  }, 120_000);

  it("does not make a database where there is none, except with migrate or --init", () => {
    const empty = join(root, "empty");
    const run = tandem(["create-centre", "--name", "Centrum Twee"], empty);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("There is no Tandem database in");
    expect(existsSync(empty)).toBe(false);

    const other = join(root, "other");
    mkdirSync(other);
    writeFileSync(join(other, "notes.txt"), "not a database");
    const wrong = tandem(["seed-demo"], other);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain("is not a Tandem database");
    expect(readdirSync(other)).toEqual(["notes.txt"]);

    const init = tandem(["create-centre", "--name", "Centrum Drie", "--init"], empty);
    expect(init.stderr).toBe("");
    expect(init.code).toBe(0);
    expect(existsSync(join(empty, "PG_VERSION"))).toBe(true);
  }, 180_000);
});
