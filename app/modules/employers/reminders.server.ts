import { and, eq } from "drizzle-orm";
import { type Db, inCentre, type Tx } from "~/db/client.server";
import { checklistItems, employerChecklist, employers, memberships, user } from "~/db/schema";
import { isLocale } from "~/i18n/resources";
import { baseUrl } from "~/lib/config.server";
import { addDays, amsterdamToDate, formatDate } from "~/lib/dates";
import { coordinatorEmails } from "~/modules/assignments/request-info.server";
import { registerJob, scheduleJob } from "~/modules/jobs/runner.server";
import { composeMail, fill, mailTexts } from "~/modules/mail/compose";
import { queueMail } from "~/modules/mail/queue.server";
import { mailSender } from "~/modules/mail/sender.server";

/**
 * Reminders for an employer's steps that are late: the next step past its date, a checklist step
 * still open after its date. Planned when the date is set, for 08:00 Amsterdam the day after; a
 * dedupe key per record and date plans it once (also from two app processes), and the job runner
 * runs it once. The job mails only when the step is still open with that same date.
 */
export const nextStepLateKind = "employers.nextStepLate";
export const checklistLateKind = "employers.checklistLate";

export async function planNextStepReminder(
  tx: Tx,
  centreId: string,
  employerId: string,
  dueOn: string | null,
) {
  if (!dueOn) return;
  await scheduleJob(tx, {
    kind: nextStepLateKind,
    runAt: amsterdamToDate(addDays(dueOn, 1), "08:00"),
    payload: { centreId, employerId, dueOn },
    dedupeKey: `${nextStepLateKind}:${employerId}:${dueOn}`,
  });
}

export async function planChecklistReminder(
  tx: Tx,
  centreId: string,
  step: { employerId: string; itemId: string; dueOn: string | null },
) {
  if (!step.dueOn) return;
  await scheduleJob(tx, {
    kind: checklistLateKind,
    runAt: amsterdamToDate(addDays(step.dueOn, 1), "08:00"),
    payload: { centreId, employerId: step.employerId, itemId: step.itemId, dueOn: step.dueOn },
    dedupeKey: `${checklistLateKind}:${step.employerId}:${step.itemId}:${step.dueOn}`,
  });
}

/** Who hears of it: the staff member who set the step, else the centre's coordinators. */
async function recipients(tx: Tx, centreId: string, userId: string | null) {
  if (userId) {
    const [staff] = await tx
      .select({ email: user.email, locale: user.locale })
      .from(memberships)
      .innerJoin(user, eq(user.id, memberships.userId))
      .where(and(eq(memberships.centreId, centreId), eq(memberships.userId, userId)));
    if (staff) return [{ to: staff.email, locale: isLocale(staff.locale) ? staff.locale : ("nl" as const) }];
  }
  return coordinatorEmails(tx, centreId);
}

async function mailLate(
  tx: Tx,
  centreId: string,
  late: { employerId: string; employer: string; what: string; dueOn: string; userId: string | null },
) {
  const sender = await mailSender(tx, { centreId });
  for (const to of await recipients(tx, centreId, late.userId)) {
    const texts = mailTexts(to.locale).employerLate;
    const values = { employer: late.employer, what: late.what, date: formatDate(late.dueOn, to.locale) };
    await queueMail(
      tx,
      composeMail(to, sender, {
        subject: fill(texts.subject, values),
        greeting: mailTexts(to.locale).hello.plain,
        blocks: [
          fill(texts.intro, values),
          { intro: texts.action, href: `${baseUrl()}/employers/${late.employerId}` },
        ],
      }),
    );
  }
}

const finished = ["evaluated", "stopped"];

registerJob(nextStepLateKind, async (db: Db, payload) => {
  const centreId = String(payload.centreId);
  await inCentre(db, centreId, async (tx) => {
    const [row] = await tx
      .select({
        name: employers.name,
        stage: employers.stage,
        what: employers.nextAction,
        dueOn: employers.nextActionOn,
      })
      .from(employers)
      .where(eq(employers.id, String(payload.employerId)));
    if (!row?.dueOn || row.dueOn !== payload.dueOn || finished.includes(row.stage) || !row.what) return;
    await mailLate(tx, centreId, {
      employerId: String(payload.employerId),
      employer: row.name,
      what: row.what,
      dueOn: row.dueOn,
      userId: null,
    });
  });
});

registerJob(checklistLateKind, async (db: Db, payload) => {
  const centreId = String(payload.centreId);
  await inCentre(db, centreId, async (tx) => {
    const [row] = await tx
      .select({
        employer: employers.name,
        stage: employers.stage,
        label: checklistItems.label,
        state: employerChecklist.state,
        dueOn: employerChecklist.dueOn,
        userId: employerChecklist.changedBy,
      })
      .from(employerChecklist)
      .innerJoin(employers, eq(employers.id, employerChecklist.employerId))
      .innerJoin(checklistItems, eq(checklistItems.id, employerChecklist.itemId))
      .where(
        and(
          eq(employerChecklist.employerId, String(payload.employerId)),
          eq(employerChecklist.itemId, String(payload.itemId)),
        ),
      );
    if (!row?.dueOn || row.state !== "open" || row.dueOn !== payload.dueOn || finished.includes(row.stage))
      return;
    await mailLate(tx, centreId, {
      employerId: String(payload.employerId),
      employer: row.employer,
      what: row.label,
      dueOn: row.dueOn,
      userId: row.userId,
    });
  });
});
