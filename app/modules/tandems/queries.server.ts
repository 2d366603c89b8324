import { and, asc, desc, eq, gte, inArray, ne, sql } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import {
  clientContacts,
  clients,
  experts,
  tandemEvaluations,
  tandemLog,
  tandemMeetings,
  tandems,
  user,
} from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan, assertId } from "~/modules/accounts/guard";
import type { TandemFilters } from "./input";
import { isOver, mayEvaluate, mayWriteLog, nextActions } from "./rules";
import { sideOf } from "./side.server";
import type { EvaluationSide } from "./values";

const expertName = sql<string>`${experts.firstName} || ' ' || ${experts.lastName}`;
const professionalName = sql<string>`coalesce(${clientContacts.name}, ${tandems.professionalName})`;

export const TANDEMS_PAGE_SIZE = 50;

const listWhere = (filters: TandemFilters) =>
  and(
    filters.status ? eq(tandems.status, filters.status) : undefined,
    filters.clientId ? eq(tandems.clientId, filters.clientId) : undefined,
  );

/** How many tandems the filters find (for the page links). */
export async function countTandems(tx: Tx, actor: Actor, filters: TandemFilters): Promise<number> {
  assertCan(actor, "tandems:manage");
  const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(tandems).where(listWhere(filters));
  return row?.n ?? 0;
}

/** The tandems list for staff, a page of 50: who, where, when, and how far along. */
export async function listTandems(tx: Tx, actor: Actor, filters: TandemFilters) {
  assertCan(actor, "tandems:manage");
  return tx
    .select({
      id: tandems.id,
      client: clients.name,
      expert: expertName,
      professional: professionalName,
      startsOn: tandems.startsOn,
      endsOn: tandems.endsOn,
      status: tandems.status,
      meetings: sql<number>`(select count(*) from tandem_meetings m where m.tandem_id = "tandems"."id")::int`,
      evaluations: sql<number>`(select count(*) from tandem_evaluations v where v.tandem_id = "tandems"."id")::int`,
    })
    .from(tandems)
    .innerJoin(clients, eq(clients.id, tandems.clientId))
    .innerJoin(experts, eq(experts.id, tandems.expertId))
    .leftJoin(clientContacts, eq(clientContacts.id, tandems.contactId))
    .where(listWhere(filters))
    .orderBy(desc(tandems.startsOn), asc(clients.name), asc(tandems.id))
    .limit(TANDEMS_PAGE_SIZE)
    .offset(((filters.page ?? 1) - 1) * TANDEMS_PAGE_SIZE);
}

/** The choices on the tandem form: clients, experts who can take work, and the clients' contacts. */
export async function tandemFormOptions(tx: Tx, actor: Actor) {
  assertCan(actor, "tandems:manage");
  const clientRows = await tx
    .select({ id: clients.id, name: clients.name })
    .from(clients)
    .orderBy(asc(clients.name));
  const expertRows = await tx
    .select({ id: experts.id, name: expertName })
    .from(experts)
    .where(inArray(experts.status, ["active", "paused"]))
    .orderBy(asc(experts.firstName), asc(experts.lastName));
  const contactRows = await tx
    .select({
      id: clientContacts.id,
      name: clientContacts.name,
      client: clients.name,
      jobTitle: clientContacts.jobTitle,
      hasLogin: sql<boolean>`${clientContacts.userId} is not null`,
    })
    .from(clientContacts)
    .innerJoin(clients, eq(clients.id, clientContacts.clientId))
    .orderBy(asc(clients.name), asc(clientContacts.name));
  return { clients: clientRows, experts: expertRows, contacts: contactRows };
}

/** A tandem's fields for the edit form. */
export async function tandemForEdit(tx: Tx, actor: Actor, tandemId: string) {
  assertCan(actor, "tandems:manage");
  assertId(tandemId);
  const [row] = await tx
    .select({
      clientId: tandems.clientId,
      expertId: tandems.expertId,
      contactId: tandems.contactId,
      professionalName: tandems.professionalName,
      professionalEmail: tandems.professionalEmail,
      professionalRole: tandems.professionalRole,
      purpose: tandems.purpose,
      startsOn: tandems.startsOn,
      endsOn: tandems.endsOn,
    })
    .from(tandems)
    .where(eq(tandems.id, tandemId));
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

/** The facts of one tandem as every side sees them. */
async function facts(tx: Tx, tandemId: string) {
  const [row] = await tx
    .select({
      id: tandems.id,
      clientId: tandems.clientId,
      client: clients.name,
      expertId: tandems.expertId,
      expert: expertName,
      professional: professionalName,
      professionalRole: sql<string>`coalesce(nullif(${clientContacts.jobTitle}, ''), ${tandems.professionalRole})`,
      professionalEmail: sql<string>`coalesce(${clientContacts.email}, ${tandems.professionalEmail})`,
      professionalHasLogin: sql<boolean>`${clientContacts.userId} is not null`,
      purpose: tandems.purpose,
      startsOn: tandems.startsOn,
      endsOn: tandems.endsOn,
      status: tandems.status,
      stopReason: tandems.stopReason,
    })
    .from(tandems)
    .innerJoin(clients, eq(clients.id, tandems.clientId))
    .innerJoin(experts, eq(experts.id, tandems.expertId))
    .leftJoin(clientContacts, eq(clientContacts.id, tandems.contactId))
    .where(eq(tandems.id, tandemId));
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

function meetingsOf(tx: Tx, tandemId: string, from?: Date) {
  return tx
    .select({
      id: tandemMeetings.id,
      startsAt: tandemMeetings.startsAt,
      endsAt: tandemMeetings.endsAt,
      online: tandemMeetings.online,
      place: tandemMeetings.place,
      note: tandemMeetings.note,
    })
    .from(tandemMeetings)
    .where(and(eq(tandemMeetings.tandemId, tandemId), from ? gte(tandemMeetings.endsAt, from) : undefined))
    .orderBy(asc(tandemMeetings.startsAt));
}

function logOf(tx: Tx, tandemId: string) {
  return tx
    .select({
      id: tandemLog.id,
      side: tandemLog.side,
      author: sql<string>`coalesce(${user.name}, '')`,
      body: tandemLog.body,
      createdAt: tandemLog.createdAt,
    })
    .from(tandemLog)
    .leftJoin(user, eq(user.id, tandemLog.authorId))
    .where(eq(tandemLog.tandemId, tandemId))
    .orderBy(desc(tandemLog.createdAt), desc(tandemLog.id));
}

function evaluationsOf(tx: Tx, tandemId: string) {
  return tx
    .select({
      side: tandemEvaluations.side,
      score: tandemEvaluations.score,
      comment: tandemEvaluations.comment,
      createdAt: tandemEvaluations.createdAt,
    })
    .from(tandemEvaluations)
    .where(eq(tandemEvaluations.tandemId, tandemId));
}

/** One tandem for staff: facts, every meeting, the log, both evaluations and what can be done now. */
export async function tandemDetail(tx: Tx, actor: Actor, tandemId: string, today: string) {
  assertCan(actor, "tandems:manage");
  assertId(tandemId);
  const tandem = await facts(tx, tandemId);
  const meetings = await meetingsOf(tx, tandemId);
  const log = await logOf(tx, tandemId);
  const evaluations = await evaluationsOf(tx, tandemId);
  const bySide = (side: EvaluationSide) => evaluations.find((e) => e.side === side) ?? null;
  return {
    tandem,
    meetings,
    log,
    evaluations: { expert: bySide("expert"), professional: bySide("professional") },
    actions: nextActions(tandem.status),
    over: isOver(tandem, today),
    open: mayWriteLog(tandem.status),
  };
}

/**
 * A tandem as its expert or professional sees it on their phone: the facts, the meetings still to
 * come, the log, and their own evaluation (or whether they may give it now).
 */
export async function ownTandem(tx: Tx, actor: Actor, tandemId: string, now: Date, today: string) {
  const side = await sideOf(tx, actor, tandemId);
  if (side === "staff") throw new AppError("NOT_FOUND");
  const tandem = await facts(tx, tandemId);
  const meetings = await meetingsOf(tx, tandemId, now);
  const log = await logOf(tx, tandemId);
  const evaluations = await evaluationsOf(tx, tandemId);
  const mine = evaluations.find((e) => e.side === side) ?? null;
  const { professionalEmail: _email, stopReason: _reason, ...shown } = tandem;
  return {
    side,
    tandem: shown,
    meetings,
    log,
    evaluation: mine,
    mayEvaluate: mayEvaluate(tandem, today, Boolean(mine)),
    open: mayWriteLog(tandem.status),
  };
}

/** The signed-in expert's or contact's tandems that are not stopped, for their phone page. */
export async function myTandems(tx: Tx, actor: Actor, today: string) {
  const mine =
    actor.role === "expert"
      ? eq(experts.userId, actor.userId)
      : actor.role === "client_contact"
        ? eq(clientContacts.userId, actor.userId)
        : undefined;
  if (!mine) return [];
  const rows = await tx
    .select({
      id: tandems.id,
      client: clients.name,
      expert: expertName,
      professional: professionalName,
      startsOn: tandems.startsOn,
      endsOn: tandems.endsOn,
      status: tandems.status,
      nextMeeting: sql<Date | null>`(select min(m.starts_at) from tandem_meetings m
        where m.tandem_id = "tandems"."id" and m.ends_at >= now())`.mapWith(tandemMeetings.startsAt),
      evaluated: sql<boolean>`exists (select 1 from tandem_evaluations v where v.tandem_id = "tandems"."id"
        and v.side = ${actor.role === "expert" ? "expert" : "professional"}::tandem_evaluation_side)`,
    })
    .from(tandems)
    .innerJoin(clients, eq(clients.id, tandems.clientId))
    .innerJoin(experts, eq(experts.id, tandems.expertId))
    .leftJoin(clientContacts, eq(clientContacts.id, tandems.contactId))
    .where(and(mine, ne(tandems.status, "stopped")))
    .orderBy(asc(tandems.endsOn));
  return rows.map((row) => ({ ...row, evaluationDue: mayEvaluate(row, today, row.evaluated) }));
}

/** One row of `myTandems`: the agenda's and the requests page's card. */
export type MyTandem = Awaited<ReturnType<typeof myTandems>>[number];
