import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { type Db, inCentre, type Tx } from "~/db/client.server";
import { experts, intervisieGroups, intervisieSessions, intervisieSignups, user } from "~/db/schema";
import { isLocale } from "~/i18n/resources";
import { addDays, amsterdamToDate, formatDate, formatTime, todayIso } from "~/lib/dates";
import { signInLink } from "~/modules/accounts/sign-in-link.server";
import { registerJob, scheduleJob } from "~/modules/jobs/runner.server";
import { composeMail, fill, mailTexts } from "~/modules/mail/compose";
import { queueMail } from "~/modules/mail/queue.server";
import { mailSender } from "~/modules/mail/sender.server";

/**
 * "Intervisie tomorrow": at 09:00 Amsterdam the day before a session, each expert signed up (and not
 * signed off) gets a mail. Planned when the session is planned and again when its day moves; a
 * dedupe key per session and day plans it once (also from two app processes), the runner claims a
 * job once (FOR UPDATE SKIP LOCKED), and a job done stays done after a restart. The job re-reads the
 * session: cancelled, moved to another day or already begun means no mail.
 */
export const sessionTomorrowKind = "intervisie.sessionTomorrow";

export async function planSessionReminder(tx: Tx, centreId: string, sessionId: string, startsAt: Date) {
  const day = todayIso(startsAt);
  await scheduleJob(tx, {
    kind: sessionTomorrowKind,
    runAt: amsterdamToDate(addDays(day, -1), "09:00"),
    payload: { centreId, sessionId, day },
    dedupeKey: `${sessionTomorrowKind}:${sessionId}:${day}`,
  });
}

registerJob(sessionTomorrowKind, async (db: Db, payload) => {
  const centreId = String(payload.centreId);
  const sessionId = String(payload.sessionId);
  await inCentre(db, centreId, async (tx) => {
    const [session] = await tx
      .select({
        group: intervisieGroups.name,
        startsAt: intervisieSessions.startsAt,
        online: intervisieSessions.online,
        place: intervisieSessions.place,
        onlineLink: intervisieSessions.onlineLink,
        cancelledAt: intervisieSessions.cancelledAt,
      })
      .from(intervisieSessions)
      .innerJoin(intervisieGroups, eq(intervisieGroups.id, intervisieSessions.groupId))
      .where(eq(intervisieSessions.id, sessionId));
    if (!session || session.cancelledAt || todayIso(session.startsAt) !== payload.day) return;
    if (session.startsAt.getTime() < Date.now()) return;
    const signedUp = await tx
      .select({
        firstName: experts.firstName,
        expertEmail: experts.email,
        loginEmail: user.email,
        locale: user.locale,
      })
      .from(intervisieSignups)
      .innerJoin(experts, eq(experts.id, intervisieSignups.expertId))
      .leftJoin(user, eq(user.id, experts.userId))
      .where(
        and(
          eq(intervisieSignups.sessionId, sessionId),
          isNotNull(intervisieSignups.signedUpAt),
          isNull(intervisieSignups.signedOffAt),
        ),
      );
    if (signedUp.length === 0) return;
    const sender = await mailSender(tx, { centreId });
    for (const person of signedUp) {
      const email = person.loginEmail ?? person.expertEmail;
      if (!email) continue;
      const locale = isLocale(person.locale) ? person.locale : "nl";
      const all = mailTexts(locale);
      const texts = all.intervisieTomorrow;
      const values = {
        group: session.group,
        date: formatDate(session.startsAt, locale),
        time: formatTime(session.startsAt, locale),
        place: session.place,
        link: session.onlineLink,
      };
      await queueMail(
        tx,
        composeMail({ to: email, locale }, sender, {
          subject: fill(texts.subject, values),
          greeting: fill(all.hello.je, { name: person.firstName }),
          blocks: [
            fill(texts.intro, values),
            fill(session.online ? texts.online : texts.where, values),
            texts.off,
            { intro: texts.action, href: signInLink(email, "/my-intervisie", sender.centreSlug) },
          ],
        }),
      );
    }
  });
});
