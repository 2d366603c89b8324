import { eq } from "drizzle-orm";
import { type Db, inCentre, type Tx } from "~/db/client.server";
import { grantPilots } from "~/db/schema";
import { baseUrl } from "~/lib/config.server";
import { amsterdamToDate } from "~/lib/dates";
import { coordinatorEmails } from "~/modules/assignments/request-info.server";
import { registerJob, scheduleJob } from "~/modules/jobs/runner.server";
import { composeMail, fill, mailTexts } from "~/modules/mail/compose";
import { queueMail } from "~/modules/mail/queue.server";
import { mailSender } from "~/modules/mail/sender.server";
import { openAfter } from "./rules";
import { participantStates } from "./send.server";

/**
 * "Pilot evaluation due": on a pilot's after-date, 08:00 Amsterdam, the coordinators get one mail
 * listing the professionals whose after-questionnaire is still open. Planned when the date is set; a
 * dedupe key per pilot and date plans it once (also from two app processes), and the runner runs it
 * once. The job re-reads the pilot: a moved date or nothing open sends nothing.
 */
export const afterDueKind = "pilots.afterDue";

export async function planAfterDueReminder(tx: Tx, centreId: string, pilotId: string, afterDueOn: string) {
  await scheduleJob(tx, {
    kind: afterDueKind,
    runAt: amsterdamToDate(afterDueOn, "08:00"),
    payload: { centreId, pilotId, afterDueOn },
    dedupeKey: `${afterDueKind}:${pilotId}:${afterDueOn}`,
  });
}

registerJob(afterDueKind, async (db: Db, payload) => {
  const centreId = String(payload.centreId);
  const pilotId = String(payload.pilotId);
  await inCentre(db, centreId, async (tx) => {
    const [pilot] = await tx
      .select({ name: grantPilots.name, afterDueOn: grantPilots.afterDueOn })
      .from(grantPilots)
      .where(eq(grantPilots.id, pilotId));
    if (!pilot || pilot.afterDueOn !== payload.afterDueOn) return;
    const open = openAfter(await participantStates(tx, pilotId));
    if (open.length === 0) return;
    const sender = await mailSender(tx, { centreId });
    const list = open.map((p) => `- ${p.name}${p.organisation ? ` (${p.organisation})` : ""}`).join("\n");
    for (const to of await coordinatorEmails(tx, centreId)) {
      const all = mailTexts(to.locale);
      const values = { pilot: pilot.name, count: open.length };
      await queueMail(
        tx,
        composeMail(to, sender, {
          subject: fill(all.pilotAfterDue.subject, values),
          greeting: all.hello.plain,
          blocks: [
            `${fill(all.pilotAfterDue.intro, values)}\n${list}`,
            { intro: all.pilotAfterDue.action, href: `${baseUrl()}/pilots/${pilotId}` },
          ],
        }),
      );
    }
  });
});
