import { existsSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join, resolve } from "node:path";

/**
 * One writer on the embedded database (issue 14.3). PGlite has no lock of its own: two processes on
 * one DATA_DIR both "succeed" and one of them loses its writes. The first process writes
 * `tandem.lock` (its pid, what it is, when it started); every other process refuses while that
 * process lives. A lock left by a process that was killed is noticed (the pid is gone, or is now
 * another program) and taken over.
 */
export const LOCK_FILE = "tandem.lock";

export type LockHolder = {
  pid: number;
  /** "server" or the CLI command, e.g. "tandem seed-demo". */
  what: string;
  host: string;
  startedAt: string;
  /** The kernel's start time of the process (Linux), so a reused pid is not mistaken for the holder. */
  processStart?: string;
};

/** Thrown when another live process holds the folder. The message is for the operator. */
export class DataDirInUse extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    const who = holder.what === "server" ? "a running Tandem server" : `the command "${holder.what}"`;
    super(
      `The database in ${dataDir} is in use by ${who} (pid ${holder.pid}, since ${holder.startedAt}). ` +
        "Only one process may use an embedded database at a time: stop that process first " +
        "(or use PostgreSQL, where several processes may share one database).",
    );
    this.name = "DataDirInUse";
  }
}

/** Thrown when a folder is not a Tandem database and the caller may not create one. */
export class NotATandemDatabase extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NotATandemDatabase";
  }
}

function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Field 22 (starttime) counted after the command name, which is in parentheses and may hold spaces.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}

/** True when the process that wrote the lock still runs (on this machine). */
export function holderAlive(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true; // a shared folder: we cannot tell, so we do not take it
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  const now = processStart(holder.pid);
  return !holder.processStart || !now || now === holder.processStart;
}

function readHolder(file: string): LockHolder | undefined {
  try {
    const holder = JSON.parse(readFileSync(file, "utf8")) as LockHolder;
    return typeof holder.pid === "number" ? holder : undefined;
  } catch {
    return undefined; // half written or damaged: treated as stale
  }
}

export type DataDirLock = { release(): void };

/** Takes the folder's lock for this process, or throws DataDirInUse. Re-entrant within one process. */
export function lockDataDir(dataDir: string, what: string): DataDirLock {
  const dir = resolve(dataDir);
  const file = join(dir, LOCK_FILE);
  const mine: LockHolder = {
    pid: process.pid,
    what,
    host: hostname(),
    startedAt: new Date().toISOString(),
    processStart: processStart(process.pid),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(file, `${JSON.stringify(mine)}\n`, { flag: "wx", mode: 0o600 });
      const release = () => {
        if (readHolder(file)?.pid === process.pid) unlinkSync(file);
        process.off("exit", release);
      };
      process.on("exit", release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = readHolder(file);
    if (holder?.pid === process.pid) return { release() {} };
    if (holder && holderAlive(holder)) throw new DataDirInUse(dir, holder);
    try {
      unlinkSync(file); // stale: its process is gone
    } catch {
      // another process removed it first; try again
    }
  }
  const holder = readHolder(file);
  throw new DataDirInUse(dir, holder ?? { ...mine, pid: 0, what: "another process" });
}

/**
 * Whether `dataDir` may be opened: an existing embedded database, or (when `create` is set) a missing
 * or empty folder. Anything else (a folder with other files) is refused, so a typo in DATA_DIR does
 * not silently make a new, empty database.
 */
export function checkDataDir(dataDir: string, create: boolean): void {
  const dir = resolve(dataDir);
  if (existsSync(join(dir, "PG_VERSION"))) return;
  const entries = existsSync(dir) ? readdirSync(dir).filter((f) => f !== LOCK_FILE && f !== ".DS_Store") : [];
  if (entries.length > 0)
    throw new NotATandemDatabase(
      `${dir} is not a Tandem database (it holds other files). Point DATA_DIR at the folder of your Tandem database.`,
    );
  if (!create)
    throw new NotATandemDatabase(
      `There is no Tandem database in ${dir}. Check DATA_DIR, or create one with "tandem migrate" (or add --init).`,
    );
}
