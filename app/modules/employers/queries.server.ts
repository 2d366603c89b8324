import { and, asc, desc, eq, ilike, sql } from "drizzle-orm";
import { plannedRows, type Tx } from "~/db/client.server";
import {
  checklistItems,
  clients,
  type EmployerStage,
  employerChecklist,
  employerStageChanges,
  employers,
  user,
} from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan, assertId } from "~/modules/accounts/guard";
import { activeChecklistItems } from "./checklist.server";

/** Stages in which nothing is planned any more: their next actions are never overdue. */
const finished: EmployerStage[] = ["evaluated", "stopped"];

export type EmployerFilters = { stage?: EmployerStage; search?: string };

/** The employers list: stage, next action (overdue when its date has passed) and checklist progress. */
export async function listEmployers(tx: Tx, actor: Actor, filters: EmployerFilters, today: string) {
  assertCan(actor, "employers:read");
  const active = sql`(select count(*) from ${checklistItems} where not ${checklistItems.archived})::int`;
  // spelled out: inside the subquery a bare "id" would be the checklist's own
  const done = sql<number>`(select count(*) from employer_checklist c join checklist_items i on i.id = c.item_id
    where c.employer_id = "employers"."id" and c.state = 'done' and not i.archived)::int`;
  const rows = await tx
    .select({
      id: employers.id,
      name: employers.name,
      sector: employers.sector,
      stage: employers.stage,
      stageSince: employers.stageSince,
      nextAction: employers.nextAction,
      nextActionOn: employers.nextActionOn,
      done,
      steps: sql<number>`${active}`,
    })
    .from(employers)
    .where(
      and(
        filters.stage ? eq(employers.stage, filters.stage) : undefined,
        filters.search ? ilike(employers.name, `%${escapeLike(filters.search)}%`) : undefined,
      ),
    )
    .orderBy(sql`${employers.nextActionOn} asc nulls last`, asc(employers.name));
  return rows.map((row) => ({
    ...row,
    overdue: Boolean(row.nextActionOn && row.nextActionOn < today && !finished.includes(row.stage)),
  }));
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/** How many employers are in each stage (the pipeline above the list). */
export async function stageCounts(tx: Tx, actor: Actor): Promise<Record<EmployerStage, number>> {
  assertCan(actor, "employers:read");
  const rows = await tx
    .select({ stage: employers.stage, count: sql<number>`count(*)::int` })
    .from(employers)
    .groupBy(employers.stage);
  const counts = {
    informed: 0,
    considering: 0,
    decided: 0,
    implementing: 0,
    at_work: 0,
    evaluated: 0,
    stopped: 0,
  } satisfies Record<EmployerStage, number>;
  for (const row of rows) counts[row.stage] = row.count;
  return counts;
}

/** One employer with its checklist (every active step, answered or not) and its stage history. */
export async function employerDetail(tx: Tx, actor: Actor, employerId: string) {
  assertCan(actor, "employers:read");
  assertId(employerId);
  const [employer] = await tx
    .select({
      id: employers.id,
      name: employers.name,
      sector: employers.sector,
      clientId: employers.clientId,
      clientName: clients.name,
      contactName: employers.contactName,
      contactEmail: employers.contactEmail,
      contactPhone: employers.contactPhone,
      stage: employers.stage,
      stageSince: employers.stageSince,
      infoMeetingOn: employers.infoMeetingOn,
      materialSentOn: employers.materialSentOn,
      nextAction: employers.nextAction,
      nextActionOn: employers.nextActionOn,
      notes: employers.notes,
    })
    .from(employers)
    .leftJoin(clients, eq(clients.id, employers.clientId))
    .where(eq(employers.id, employerId));
  if (!employer) throw new AppError("NOT_FOUND");
  const items = await activeChecklistItems(tx);
  const answers = await tx
    .select({
      itemId: employerChecklist.itemId,
      state: employerChecklist.state,
      dueOn: employerChecklist.dueOn,
      note: employerChecklist.note,
      changedByName: user.name,
      changedAt: employerChecklist.updatedAt,
    })
    .from(employerChecklist)
    .leftJoin(user, eq(user.id, employerChecklist.changedBy))
    .where(eq(employerChecklist.employerId, employerId));
  const byItem = new Map(answers.map((a) => [a.itemId, a]));
  const checklist = items.map((item) => {
    const answer = byItem.get(item.id);
    return {
      ...item,
      state: answer?.state ?? ("open" as const),
      dueOn: answer?.dueOn ?? null,
      note: answer?.note ?? "",
      changedByName: answer?.changedByName ?? null,
      changedAt: answer?.changedAt ?? null,
    };
  });
  const history = await tx
    .select({
      id: employerStageChanges.id,
      fromStage: employerStageChanges.fromStage,
      toStage: employerStageChanges.toStage,
      note: employerStageChanges.note,
      byName: user.name,
      at: employerStageChanges.createdAt,
    })
    .from(employerStageChanges)
    .leftJoin(user, eq(user.id, employerStageChanges.changedBy))
    .where(eq(employerStageChanges.employerId, employerId))
    .orderBy(desc(employerStageChanges.createdAt));
  return { employer, checklist, history };
}

/**
 * What the start page shows as overdue: employers whose next action's date has passed (not when
 * they are evaluated or stopped), and checklist steps still open after their date.
 */
export async function overdueEmployerSteps(tx: Tx, actor: Actor, today: string) {
  assertCan(actor, "employers:read");
  // next actions and checklist steps in one statement (one round trip); `kind` tells them apart
  const rows = await plannedRows<{
    kind: "action" | "step";
    employerId: string;
    employer: string;
    what: string | null;
    key: string | null;
    label: string | null;
    dueOn: string;
  }>(
    tx,
    "start_employers",
    sql`select 'action' as kind, e.id as "employerId", e.name as employer, e.next_action as what,
        null as key, null as label, e.next_action_on::text as "dueOn"
      from employers e
      where e.next_action_on < ${today}::date and e.stage not in ${finished}
      union all
      select 'step', e.id, e.name, null, i.key, i.label, c.due_on::text
      from employer_checklist c join employers e on e.id = c.employer_id join checklist_items i on i.id = c.item_id
      where c.state = 'open' and c.due_on < ${today}::date and not i.archived and e.stage not in ${finished}
      order by "dueOn"`,
  );
  const actions = rows
    .filter((r) => r.kind === "action")
    .map(({ employerId, employer, what, dueOn }) => ({ employerId, employer, what: what ?? "", dueOn }));
  const steps = rows
    .filter((r) => r.kind === "step")
    .map(({ employerId, employer, key, label, dueOn }) => ({
      employerId,
      employer,
      key,
      label: label ?? "",
      dueOn,
    }));
  return { actions, steps };
}

/** The clients an employer can be linked to (the employer form's choice). */
export function clientChoices(tx: Tx) {
  return tx.select({ value: clients.id, label: clients.name }).from(clients).orderBy(asc(clients.name));
}
