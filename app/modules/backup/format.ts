/** The backup file: gzip'ed JSON lines. Line 1 is this header; every next line is `[tableIndex, row]`. */
export const BACKUP_FORMAT = "tandem-backup";
export const BACKUP_VERSION = 1;

export type BackupTable = { name: string; columns: string[]; rows: number };

export type BackupHeader = {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  /** How many migrations the database had: a restore needs at least as many. */
  migrations: number;
  /** In foreign-key order: parents before children, so a restore can insert them in this order. */
  tables: BackupTable[];
  skipped: string[];
};

/**
 * Left out on purpose: live sessions and one-time codes (a backup must not let anyone in: after a
 * restore everyone signs in again), rate-limit counters (short-lived, rebuilt by use), finished jobs
 * (history only) and queued mail (it may hold a sign-in code or link). Other jobs still to run are
 * kept, so planned reminders survive a restore.
 */
export const skippedTables = ["session", "verification", "rate_limit", "rate_counters"] as const;

/** Tables a fresh installation may already fill before a restore (the generated auth secret, counters). */
export const tolerated = ["app_settings", ...skippedTables] as const;

export function rowFilter(table: string): string {
  return table === "jobs" ? "where done_at is null and kind <> 'mail.send'" : "";
}

/** Orders tables so that every table comes after the tables it refers to. Throws on a cycle. */
export function foreignKeyOrder(tables: string[], edges: { child: string; parent: string }[]): string[] {
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const { child, parent } of edges) {
    if (child !== parent && parents.has(child) && parents.has(parent)) parents.get(child)?.add(parent);
  }
  const ordered: string[] = [];
  const placed = new Set<string>();
  const remaining = [...tables].sort();
  while (remaining.length > 0) {
    const next = remaining.findIndex((t) => [...(parents.get(t) ?? [])].every((p) => placed.has(p)));
    if (next < 0) throw new Error(`Foreign keys form a cycle between: ${remaining.join(", ")}`);
    const [table] = remaining.splice(next, 1);
    ordered.push(table);
    placed.add(table);
  }
  return ordered;
}
