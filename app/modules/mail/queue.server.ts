import type { Db, Tx } from "~/db/client.server";
import { jobs } from "~/db/schema";
import { registerJob, runDueJobs } from "~/modules/jobs/runner.server";
import { type Mail, sendMail } from "./send.server";

/**
 * Plans a mail in the same transaction as the change it reports: when the change rolls back, no mail
 * goes out; when the process dies, another sends it. The job runner sends it within seconds.
 */
export async function queueMail(tx: Tx | Db, mail: Mail, options: { runAt?: Date; dedupeKey?: string } = {}) {
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

/** Sends queued mail now (tests, and after a request that queued mail, to not wait for the next poll). */
export function flushMail(db: Db): Promise<number> {
  return runDueJobs(db);
}
