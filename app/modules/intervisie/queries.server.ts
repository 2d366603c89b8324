import {
  and,
  asc,
  desc,
  eq,
  gte,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  notInArray,
  or,
  sql,
} from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import {
  checklistItems,
  employerChecklist,
  employers,
  experts,
  intervisieGroups,
  intervisieMembers,
  intervisieSessions,
  intervisieSignups,
  placements,
  user,
} from "~/db/schema";
import { todayIso } from "~/lib/dates";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan, assertId } from "~/modules/accounts/guard";
import { staffOfCentre } from "~/modules/coaching/readers.server";
import { missedLastTwo, type PastSession } from "./rules";
import type { AttendanceState } from "./values";

const expertName = sql<string>`${experts.firstName} || ' ' || ${experts.lastName}`;
const facilitator = sql<string>`coalesce(${user.name}, ${intervisieSessions.facilitatorName})`;
const signedUpCount = sql<number>`(select count(*) from intervisie_signups s where s.session_id = "intervisie_sessions"."id" and s.signed_up_at is not null and s.signed_off_at is null)::int`;
const sessionColumns = {
  id: intervisieSessions.id,
  groupId: intervisieSessions.groupId,
  startsAt: intervisieSessions.startsAt,
  endsAt: intervisieSessions.endsAt,
  online: intervisieSessions.online,
  place: intervisieSessions.place,
  onlineLink: intervisieSessions.onlineLink,
  method: intervisieSessions.method,
  facilitator,
  cancelled: sql<boolean>`${intervisieSessions.cancelledAt} is not null`,
  attendanceRecorded: sql<boolean>`${intervisieSessions.attendanceRecordedAt} is not null`,
};

/** The groups: active first, with their members and next session. */
export async function listGroups(tx: Tx, actor: Actor, now: Date = new Date()) {
  assertCan(actor, "intervisie:manage");
  return tx
    .select({
      id: intervisieGroups.id,
      name: intervisieGroups.name,
      kind: intervisieGroups.kind,
      area: intervisieGroups.area,
      employer: employers.name,
      active: intervisieGroups.active,
      members: sql<number>`(select count(*) from intervisie_members m where m.group_id = "intervisie_groups"."id")::int`,
      nextAt: sql<
        string | null
      >`(select min(s.starts_at)::text from intervisie_sessions s where s.group_id = "intervisie_groups"."id" and s.cancelled_at is null and s.starts_at >= ${now.toISOString()}::timestamptz)`,
    })
    .from(intervisieGroups)
    .leftJoin(employers, eq(employers.id, intervisieGroups.employerId))
    .orderBy(desc(intervisieGroups.active), asc(intervisieGroups.name));
}

/** The coming sessions of all groups (cancelled ones too, marked), soonest first. */
export async function upcomingSessions(tx: Tx, actor: Actor, now: Date = new Date()) {
  assertCan(actor, "intervisie:manage");
  return tx
    .select({ ...sessionColumns, group: intervisieGroups.name, signedUp: signedUpCount })
    .from(intervisieSessions)
    .innerJoin(intervisieGroups, eq(intervisieGroups.id, intervisieSessions.groupId))
    .leftJoin(user, eq(user.id, intervisieSessions.facilitatorUserId))
    .where(gte(intervisieSessions.endsAt, now))
    .orderBy(asc(intervisieSessions.startsAt))
    .limit(30);
}

/** Choices for the group form: employers. */
export async function employerOptions(tx: Tx, actor: Actor) {
  assertCan(actor, "intervisie:manage");
  return tx
    .select({ value: employers.id, label: employers.name })
    .from(employers)
    .orderBy(asc(employers.name));
}

/** One group: its details, members, the experts who could join, its sessions and the plan form's choices. */
export async function groupDetail(tx: Tx, actor: Actor, groupId: string) {
  assertCan(actor, "intervisie:manage");
  assertId(groupId);
  const [group] = await tx
    .select({
      id: intervisieGroups.id,
      name: intervisieGroups.name,
      kind: intervisieGroups.kind,
      area: intervisieGroups.area,
      employerId: intervisieGroups.employerId,
      employer: employers.name,
      active: intervisieGroups.active,
    })
    .from(intervisieGroups)
    .leftJoin(employers, eq(employers.id, intervisieGroups.employerId))
    .where(eq(intervisieGroups.id, groupId));
  if (!group) throw new AppError("NOT_FOUND");
  const members = await tx
    .select({ expertId: experts.id, name: expertName })
    .from(intervisieMembers)
    .innerJoin(experts, eq(experts.id, intervisieMembers.expertId))
    .where(eq(intervisieMembers.groupId, groupId))
    .orderBy(asc(experts.firstName), asc(experts.lastName));
  const memberIds = members.map((m) => m.expertId);
  const candidates = await tx
    .select({ expertId: experts.id, name: expertName })
    .from(experts)
    .where(
      and(eq(experts.status, "active"), memberIds.length ? notInArray(experts.id, memberIds) : undefined),
    )
    .orderBy(asc(experts.firstName), asc(experts.lastName));
  const sessions = await tx
    .select({ ...sessionColumns, signedUp: signedUpCount })
    .from(intervisieSessions)
    .leftJoin(user, eq(user.id, intervisieSessions.facilitatorUserId))
    .where(eq(intervisieSessions.groupId, groupId))
    .orderBy(desc(intervisieSessions.startsAt));
  const staff = (await staffOfCentre(tx)).map((s) => ({ value: s.userId, label: s.name }));
  return { group, members, candidates, sessions, staff, employers: await employerOptions(tx, actor) };
}

/** One session: details, and every member or signed-up expert with their signup and attendance. */
export async function sessionDetail(tx: Tx, actor: Actor, sessionId: string) {
  assertCan(actor, "intervisie:manage");
  assertId(sessionId);
  const [session] = await tx
    .select({
      ...sessionColumns,
      group: intervisieGroups.name,
      facilitatorUserId: intervisieSessions.facilitatorUserId,
      facilitatorName: intervisieSessions.facilitatorName,
    })
    .from(intervisieSessions)
    .innerJoin(intervisieGroups, eq(intervisieGroups.id, intervisieSessions.groupId))
    .leftJoin(user, eq(user.id, intervisieSessions.facilitatorUserId))
    .where(eq(intervisieSessions.id, sessionId));
  if (!session) throw new AppError("NOT_FOUND");
  const signups = await tx
    .select({
      expertId: intervisieSignups.expertId,
      signedUpAt: intervisieSignups.signedUpAt,
      signedOffAt: intervisieSignups.signedOffAt,
      attended: intervisieSignups.attended,
    })
    .from(intervisieSignups)
    .where(eq(intervisieSignups.sessionId, sessionId));
  const members = await tx
    .select({ expertId: intervisieMembers.expertId })
    .from(intervisieMembers)
    .where(eq(intervisieMembers.groupId, session.groupId));
  const ids = [...new Set([...members, ...signups].map((r) => r.expertId))];
  const names = ids.length
    ? await tx.select({ id: experts.id, name: expertName }).from(experts).where(inArray(experts.id, ids))
    : [];
  const memberIds = new Set(members.map((m) => m.expertId));
  const people = names
    .map((n) => {
      const s = signups.find((r) => r.expertId === n.id);
      return {
        expertId: n.id,
        name: n.name,
        member: memberIds.has(n.id),
        signedUpAt: s?.signedUpAt ?? null,
        signedOffAt: s?.signedOffAt ?? null,
        signedUp: Boolean(s?.signedUpAt && !s.signedOffAt),
        attended: (s?.attended ?? "unknown") as AttendanceState,
      };
    })
    .toSorted((a, b) => a.name.localeCompare(b.name, "nl"));
  const staff = (await staffOfCentre(tx)).map((s) => ({ value: s.userId, label: s.name }));
  return { session, people, staff };
}

export type OwnIntervisieSession = {
  id: string;
  group: string;
  startsAt: Date;
  endsAt: Date;
  online: boolean;
  place: string;
  onlineLink: string;
  method: string;
  facilitator: string;
  cancelled: boolean;
  signedUp: boolean;
  signedOff: boolean;
  attended: AttendanceState;
};

/**
 * The signed-in expert's intervisie: the coming sessions of their active groups with their signup,
 * and the past ones with whether they were there. Nothing for someone without a pool record.
 */
export async function ownIntervisie(tx: Tx, actor: Actor, now: Date = new Date()) {
  assertCan(actor, "own:assignments");
  const rows = await tx
    .select({
      ...sessionColumns,
      group: intervisieGroups.name,
      signedUpAt: intervisieSignups.signedUpAt,
      signedOffAt: intervisieSignups.signedOffAt,
      attended: intervisieSignups.attended,
    })
    .from(intervisieSessions)
    .innerJoin(intervisieGroups, eq(intervisieGroups.id, intervisieSessions.groupId))
    .innerJoin(intervisieMembers, eq(intervisieMembers.groupId, intervisieGroups.id))
    .innerJoin(experts, eq(experts.id, intervisieMembers.expertId))
    .leftJoin(user, eq(user.id, intervisieSessions.facilitatorUserId))
    .leftJoin(
      intervisieSignups,
      and(eq(intervisieSignups.sessionId, intervisieSessions.id), eq(intervisieSignups.expertId, experts.id)),
    )
    .where(and(eq(experts.userId, actor.userId), eq(intervisieGroups.active, true)))
    .orderBy(asc(intervisieSessions.startsAt));
  const sessions: (OwnIntervisieSession & { open: boolean })[] = rows.map((r) => ({
    id: r.id,
    group: r.group,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    online: r.online,
    place: r.place,
    onlineLink: r.onlineLink,
    method: r.method,
    facilitator: r.facilitator ?? "",
    cancelled: r.cancelled,
    signedUp: Boolean(r.signedUpAt && !r.signedOffAt),
    signedOff: Boolean(r.signedOffAt),
    attended: r.attended ?? "unknown",
    open: !r.cancelled && r.startsAt > now,
  }));
  const [membership] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(intervisieMembers)
    .innerJoin(experts, eq(experts.id, intervisieMembers.expertId))
    .innerJoin(intervisieGroups, eq(intervisieGroups.id, intervisieMembers.groupId))
    .where(and(eq(experts.userId, actor.userId), eq(intervisieGroups.active, true)));
  return {
    inGroup: (membership?.n ?? 0) > 0,
    upcoming: sessions.filter((s) => s.endsAt >= now),
    past: sessions
      .filter((s) => s.endsAt < now && !s.cancelled)
      .toReversed()
      .slice(0, 10),
  };
}

/** On the expert's agenda: the coming sessions they signed up for. */
export async function ownSignedUpSessions(tx: Tx, actor: Actor, now: Date = new Date()) {
  const { upcoming } = await ownIntervisie(tx, actor, now);
  return upcoming.filter((s) => s.signedUp && !s.cancelled);
}

/**
 * Employed experts (an active placement today) who were at neither of the last two recorded sessions
 * of their groups, with their employer(s). See `missedLastTwo` for the rule.
 */
export async function missedLastTwoReport(tx: Tx, actor: Actor, now: Date = new Date()) {
  assertCan(actor, "intervisie:manage");
  const today = todayIso(now);
  const employed = await tx
    .select({ expertId: experts.id, name: expertName, employer: employers.name })
    .from(placements)
    .innerJoin(experts, eq(experts.id, placements.expertId))
    .innerJoin(employers, eq(employers.id, placements.employerId))
    .where(
      and(
        isNotNull(placements.expertId),
        lte(placements.startsOn, today),
        or(isNull(placements.endsOn), gte(placements.endsOn, today)),
      ),
    )
    .orderBy(asc(experts.firstName), asc(experts.lastName));
  if (employed.length === 0) return [];
  const ids = [...new Set(employed.map((e) => e.expertId))];
  const past = await tx
    .select({
      expertId: intervisieMembers.expertId,
      group: intervisieGroups.name,
      startsAt: intervisieSessions.startsAt,
      recorded: sql<boolean>`${intervisieSessions.attendanceRecordedAt} is not null`,
      attended: intervisieSignups.attended,
    })
    .from(intervisieMembers)
    .innerJoin(intervisieGroups, eq(intervisieGroups.id, intervisieMembers.groupId))
    .innerJoin(intervisieSessions, eq(intervisieSessions.groupId, intervisieGroups.id))
    .leftJoin(
      intervisieSignups,
      and(
        eq(intervisieSignups.sessionId, intervisieSessions.id),
        eq(intervisieSignups.expertId, intervisieMembers.expertId),
      ),
    )
    .where(
      and(
        inArray(intervisieMembers.expertId, ids),
        isNull(intervisieSessions.cancelledAt),
        lt(intervisieSessions.startsAt, now),
      ),
    );
  const report: {
    expertId: string;
    name: string;
    employers: string[];
    groups: string[];
    lastAt: Date | null;
  }[] = [];
  for (const expertId of ids) {
    const own = past.filter((p) => p.expertId === expertId);
    const sessions: PastSession[] = own.map((p) => ({
      startsAt: p.startsAt,
      recorded: p.recorded,
      attended: p.attended ?? "unknown",
    }));
    if (!missedLastTwo(sessions)) continue;
    const jobs = employed.filter((e) => e.expertId === expertId);
    const attendedAt = own.filter((p) => p.attended === "yes").map((p) => p.startsAt.getTime());
    report.push({
      expertId,
      name: jobs[0].name,
      employers: [...new Set(jobs.map((j) => j.employer))],
      groups: [...new Set(own.map((p) => p.group))],
      lastAt: attendedAt.length ? new Date(Math.max(...attendedAt)) : null,
    });
  }
  return report;
}

/** Employers whose implementation checklist says there is no room for intervisie in working time. */
export async function noRoomEmployers(tx: Tx, actor: Actor) {
  assertCan(actor, "intervisie:manage");
  return tx
    .select({ employerId: employers.id, name: employers.name, note: employerChecklist.note })
    .from(employerChecklist)
    .innerJoin(checklistItems, eq(checklistItems.id, employerChecklist.itemId))
    .innerJoin(employers, eq(employers.id, employerChecklist.employerId))
    .where(and(eq(checklistItems.key, "intervisie_room"), eq(employerChecklist.state, "no")))
    .orderBy(asc(employers.name));
}
