import { sql } from "drizzle-orm";
import { type Db, inCentre, queryRows, type Tx } from "~/db/client.server";
import { isLocale } from "~/i18n/resources";
import { addDays, amsterdamToDate, formatDate } from "~/lib/dates";
import { signInLink } from "~/modules/accounts/sign-in-link.server";
import { registerJob, scheduleJob } from "~/modules/jobs/runner.server";
import { composeMail, fill, mailTexts } from "~/modules/mail/compose";
import { queueMail } from "~/modules/mail/queue.server";
import { mailSender } from "~/modules/mail/sender.server";
import type { EvaluationSide } from "./values";

/**
 * The evaluation reminder: the day after a tandem's end date, 08:00 Amsterdam, each side that has a
 * login and has not evaluated yet gets a mail with a sign-in link to their tandem page. Planned when
 * the end date is set (created, changed, ended, stopped); a dedupe key per tandem and end date plans
 * it once (also from two app processes), and the runner runs it once. The job re-reads the tandem: a
 * moved end date, a tandem that never started, or a side that already evaluated gets no mail.
 */
export const evaluationDueKind = "tandems.evaluationDue";

export async function planEvaluationReminder(tx: Tx, centreId: string, tandemId: string, endsOn: string) {
  await scheduleJob(tx, {
    kind: evaluationDueKind,
    runAt: amsterdamToDate(addDays(endsOn, 1), "08:00"),
    payload: { centreId, tandemId, endsOn },
    dedupeKey: `${evaluationDueKind}:${tandemId}:${endsOn}`,
  });
}

type Owing = {
  side: EvaluationSide;
  email: string;
  locale: string | null;
  name: string;
  client: string;
  partner: string;
  endsOn: string;
};

/** The sides of the tandem with a login that have not evaluated, if it still ends on that date and ran. */
async function owing(tx: Tx, tandemId: string, endsOn: string): Promise<Owing[]> {
  return queryRows<Owing>(
    tx,
    sql`with t as (
        select t.id, t.ends_on, c.name as client, x.first_name as expert_first,
          x.first_name || ' ' || x.last_name as expert_name, x.user_id as expert_user,
          coalesce(cc.name, t.professional_name) as professional_name, cc.user_id as contact_user
        from tandems t join experts x on x.id = t.expert_id join clients c on c.id = t.client_id
        left join client_contacts cc on cc.id = t.contact_id
        where t.id = ${tandemId} and t.ends_on = ${endsOn}::date and t.status <> 'planned')
      select 'expert' as side, u.email, u.locale, t.expert_first as name, t.client,
        t.professional_name as partner, t.ends_on::text as "endsOn"
      from t join "user" u on u.id = t.expert_user
      where not exists (select 1 from tandem_evaluations e where e.tandem_id = t.id and e.side = 'expert')
      union all
      select 'professional', u.email, u.locale, t.professional_name, t.client, t.expert_name, t.ends_on::text
      from t join "user" u on u.id = t.contact_user
      where not exists (select 1 from tandem_evaluations e where e.tandem_id = t.id and e.side = 'professional')`,
  );
}

registerJob(evaluationDueKind, async (db: Db, payload) => {
  const centreId = String(payload.centreId);
  const tandemId = String(payload.tandemId);
  await inCentre(db, centreId, async (tx) => {
    const sides = await owing(tx, tandemId, String(payload.endsOn));
    if (sides.length === 0) return;
    const sender = await mailSender(tx, { centreId });
    for (const side of sides) {
      const locale = isLocale(side.locale) ? side.locale : "nl";
      const all = mailTexts(locale);
      const texts = side.side === "expert" ? all.tandemEvaluation.je : all.tandemEvaluation.u;
      const values = { partner: side.partner, client: side.client, date: formatDate(side.endsOn, locale) };
      await queueMail(
        tx,
        composeMail({ to: side.email, locale }, sender, {
          subject: fill(texts.subject, values),
          greeting: fill(side.side === "expert" ? all.hello.je : all.hello.u, { name: side.name }),
          blocks: [
            fill(texts.intro, values),
            texts.ask,
            {
              intro: texts.action,
              href: signInLink(side.email, `/my-tandems/${tandemId}#evaluation`, sender.centreSlug),
            },
          ],
        }),
      );
    }
  });
});
