import type { Db, Tx } from "~/db/client.server";
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
