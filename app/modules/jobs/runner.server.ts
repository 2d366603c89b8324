import { and, asc, isNull, lte, or, sql } from "drizzle-orm";
import type { Db } from "~/db/client.server";
import { jobs } from "~/db/schema";
import { log } from "~/lib/log.server";

/** A job handler gets the payload and the owner database handle; it opens tenant scopes itself. */
export type JobHandler = (db: Db, payload: Record<string, unknown>) => Promise<void>;

const handlers = new Map<string, JobHandler>();

export function registerJob(kind: string, handler: JobHandler): void {
  handlers.set(kind, handler);
}

/** Plans a job. With a dedupe key the same job is planned only once (a reminder per assignment). */
export async function scheduleJob(
  db: Db,
  job: { kind: string; runAt?: Date; payload?: Record<string, unknown>; dedupeKey?: string },
): Promise<void> {
  await db
    .insert(jobs)
    .values({
      kind: job.kind,
      runAt: job.runAt ?? new Date(),
      payload: job.payload ?? {},
      dedupeKey: job.dedupeKey,
    })
    .onConflictDoNothing();
}

/**
 * Claims due jobs with FOR UPDATE SKIP LOCKED and a lease, so several app processes on one PostgreSQL
 * never run the same job twice at once; a crashed process's lease runs out and another takes over.
 */
export async function runDueJobs(db: Db, now: Date = new Date(), limit = 20): Promise<number> {
  const claimed = await db.transaction(async (tx) => {
    const due = await tx
      .select({ id: jobs.id, kind: jobs.kind, payload: jobs.payload, attempts: jobs.attempts })
      .from(jobs)
      .where(
        and(
          isNull(jobs.doneAt),
          lte(jobs.runAt, now),
          or(isNull(jobs.lockedUntil), lte(jobs.lockedUntil, now)),
        ),
      )
      .orderBy(asc(jobs.runAt))
      .limit(limit)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    await tx
      .update(jobs)
      .set({ lockedUntil: new Date(now.getTime() + 5 * 60_000), attempts: sql`${jobs.attempts} + 1` })
      .where(sql`${jobs.id} in ${due.map((d) => d.id)}`);
    return due;
  });
  for (const job of claimed) {
    const handler = handlers.get(job.kind);
    try {
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      await handler(db, job.payload);
      await db.update(jobs).set({ doneAt: new Date(), lockedUntil: null }).where(sql`${jobs.id} = ${job.id}`);
    } catch (error) {
      const retryAt = new Date(now.getTime() + 2 ** Math.min(job.attempts, 8) * 60_000);
      const message = error instanceof Error ? error.message.slice(0, 500) : "failed";
      await db
        .update(jobs)
        .set({
          lockedUntil: null,
          runAt: retryAt,
          lastError: message,
          doneAt: job.attempts >= 8 ? new Date() : null,
        })
        .where(sql`${jobs.id} = ${job.id}`);
      log.warn({ job: job.kind, attempts: job.attempts + 1 }, "job failed");
    }
  }
  return claimed.length;
}

let timer: NodeJS.Timeout | undefined;

/** Polls for due jobs (every JOBS_POLL_MS, default 5 s) in this process; every process may do so safely. */
export function startJobRunner(db: Db, everyMs = Number(process.env.JOBS_POLL_MS ?? 5_000)): void {
  if (timer || process.env.TANDEM_JOBS === "off") return;
  const tick = () =>
    runDueJobs(db)
      .catch((error) => log.error({ err: String(error) }, "job runner failed"))
      .finally(() => {
        timer = setTimeout(tick, everyMs);
        timer.unref();
      });
  timer = setTimeout(tick, Math.min(everyMs, 1_000));
  timer.unref();
}

export function stopJobRunner(): void {
  if (timer) clearTimeout(timer);
  timer = undefined;
}
