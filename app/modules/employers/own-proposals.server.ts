import { sql } from "drizzle-orm";
import { queryRows, type Tx } from "~/db/client.server";
import type { OutcomeKind, ProposalStatus } from "~/db/values";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan, assertId } from "~/modules/accounts/guard";
import { recordAudit } from "~/modules/audit/record.server";

/** The graduates (trainees) that are this signed-in expert: through their pool record's login. */
const mine = (actor: Actor) =>
  sql`(select t.id from trainees t join experts x on x.id = t.expert_id where x.user_id = ${actor.userId})`;

export type OwnProposal = {
  id: string;
  status: ProposalStatus;
  title: string;
  employer: string;
  kind: OutcomeKind;
  hoursPerWeek: number | null;
  startsOn: string | null;
  area: string | null;
  remote: boolean;
  description: string;
};

/** Work the centre proposed this expert for, on open vacancies, that they have not said no to. */
export async function ownProposals(tx: Tx, actor: Actor): Promise<OwnProposal[]> {
  assertCan(actor, "own:assignments");
  return queryRows<OwnProposal>(
    tx,
    sql`select p.id, p.status, v.title, e.name as employer, v.kind, v.hours_per_week as "hoursPerWeek",
        v.starts_on::text as "startsOn", a.name as area, v.remote, v.description
      from vacancy_proposals p
      join vacancies v on v.id = p.vacancy_id
      join employers e on e.id = v.employer_id
      left join areas a on a.id = v.area_id
      where p.trainee_id in ${mine(actor)} and v.status = 'open' and p.status in ('proposed', 'interested')
      order by p.created_at`,
  );
}

/** The expert answers for themselves: yes (interested) or no (declined). Someone else's: not found. */
export async function answerOwnProposal(
  tx: Tx,
  actor: Actor,
  proposalId: string,
  answer: Extract<ProposalStatus, "interested" | "declined">,
): Promise<void> {
  assertCan(actor, "own:assignments");
  assertId(proposalId);
  const updated = await queryRows<{ id: string }>(
    tx,
    sql`update vacancy_proposals set status = ${answer}, updated_at = now()
      where id = ${proposalId} and status in ('proposed', 'interested') and trainee_id in ${mine(actor)}
        and vacancy_id in (select id from vacancies where status = 'open')
      returning id`,
  );
  if (updated.length === 0) throw new AppError("NOT_FOUND");
  await recordAudit(tx, actor, {
    action: "update",
    entity: "vacancy_proposal",
    entityId: proposalId,
    detail: { answer, byExpert: true },
  });
}
