import { type Db, inCentre, type Tx } from "~/db/client.server";
import { jobs } from "~/db/schema";
import { registerJob, runDueJobs } from "~/modules/jobs/runner.server";
import { type Mail, sendMail } from "./send.server";

/**
 * Plans a mail in the same transaction as the change it reports: when the change rolls back, no mail
 * goes out; when the process dies, another sends it. The job runner sends it within seconds.
 */
export async function queueMail(tx: Tx | Db, mail: Mail, options: { runAt?: Date; dedupeKey?: string } = {}) {
  if (!options.runAt || options.runAt.getTime() <= Date.now()) withMail.add(tx);
  await tx
    .insert(jobs)
    .values({
      kind: "mail.send",
      payload: mail,
      runAt: options.runAt ?? new Date(),
      dedupeKey: options.dedupeKey,
    })
    .onConflictDoNothing();
}

registerJob("mail.send", async (_db, payload) => {
  await sendMail(payload as Mail);
});

const withMail = new WeakSet<object>();

/** Whether a transaction queued mail that is due now (the scope then sends it right after the commit). */
export function queuedMailIn(tx: Tx | Db): boolean {
  return withMail.has(tx);
}

/** Sends queued mail now (tests, and after a request that queued mail, to not wait for the next poll). */
export function flushMail(db: Db): Promise<number> {
  return runDueJobs(db);
}

/**
 * Runs `fn` in one transaction in the centre; when it queued mail, the mail goes out right after the
 * commit (routes never flush mail themselves). A failed send stays queued for the job runner.
 */
export async function inCentreSendingMail<T>(
  db: Db,
  centreId: string,
  fn: (tx: Tx) => Promise<T>,
): Promise<T> {
  let mail = false;
  const result = await inCentre(db, centreId, async (tx) => {
    const value = await fn(tx);
    mail = queuedMailIn(tx);
    return value;
  });
  if (mail) await flushMail(db).catch(() => {});
  return result;
}
