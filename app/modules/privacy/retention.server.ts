import { desc, eq, sql } from "drizzle-orm";
import { type Db, inCentre, queryRows, type Tx } from "~/db/client.server";
import { auditLog, centres, retentionSettings } from "~/db/schema";
import { addDays, amsterdamToDate, todayIso } from "~/lib/dates";
import { log } from "~/lib/log.server";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan } from "~/modules/accounts/guard";
import { recordAudit } from "~/modules/audit/record.server";
import { registerJob, scheduleJob } from "~/modules/jobs/runner.server";
import { type RetentionKind, retentionKindList, retentionKinds } from "./values";

export type RetentionPeriods = Record<RetentionKind, number>;

/** The centre's periods in months: its own settings over the defaults. */
export async function retentionOf(tx: Tx): Promise<RetentionPeriods> {
  const rows = await tx
    .select({ kind: retentionSettings.kind, months: retentionSettings.months })
    .from(retentionSettings);
  const periods = { ...retentionKinds } as RetentionPeriods;
  for (const row of rows) if (row.kind in periods) periods[row.kind as RetentionKind] = row.months;
  return periods;
}

/** A coordinator sets the centre's periods (each 1 to 240 months; the form checks it). */
export async function setRetention(tx: Tx, actor: Actor, periods: RetentionPeriods): Promise<void> {
  assertCan(actor, "privacy:manage");
  for (const kind of retentionKindList)
    await tx
      .insert(retentionSettings)
      .values({ centreId: actor.centreId, kind, months: periods[kind] })
      .onConflictDoUpdate({
        target: [retentionSettings.centreId, retentionSettings.kind],
        set: { months: periods[kind], updatedAt: new Date() },
      });
  await recordAudit(tx, actor, { action: "update", entity: "retention", detail: { ...periods } });
}

const count = async (tx: Tx, query: ReturnType<typeof sql>) =>
  (
    await queryRows<{ n: number }>(
      tx,
      sql`with done as (${query} returning 1) select count(*)::int as n from done`,
    )
  )[0].n;

/** What each kind removes once its period is over, counted from `cutoff` (now minus the period). */
const sweeps: Record<RetentionKind, (tx: Tx, cutoff: Date) => Promise<number>> = {
  privateNotes: (tx, cutoff) =>
    count(
      tx,
      sql`update experts set private_notes = ''
        where private_notes <> '' and coalesce(last_inzet_at, updated_at) < ${cutoff}`,
    ),
  evaluationText: (tx, cutoff) =>
    count(
      tx,
      sql`update evaluations set went_well = null, quote = null, quote_public = false
        where submitted_at < ${cutoff} and (went_well is not null or quote is not null)`,
    ),
  coachingNotes: (tx, cutoff) =>
    count(
      tx,
      sql`update coaching_notes n set text = '', expert_reflection = ''
        from coaching_trajectories t
        where t.id = n.trajectory_id and t.status = 'ended'
          and coalesce(t.ends_on::timestamptz, t.updated_at) < ${cutoff}
          and (n.text <> '' or n.expert_reflection <> '')`,
    ),
  adviceAskers: (tx, cutoff) =>
    count(
      tx,
      sql`update advice_questions set asker_name = 'Gewist', asker_phone = '',
          asker_email = 'gewist-' || id || '@tandem.invalid'
        where closed_at < ${cutoff} and asker_email not like 'gewist-%@tandem.invalid'`,
    ),
  pilotParticipants: (tx, cutoff) =>
    count(
      tx,
      sql`update pilot_participants p set name = 'Gewist', client_reference = '',
          email = 'gewist-' || p.id || '@tandem.invalid'
        from grant_pilots g
        where g.id = p.pilot_id and g.ends_on is not null and g.ends_on::timestamptz < ${cutoff}
          and p.email not like 'gewist-%@tandem.invalid'`,
    ),
};

const monthsBefore = (now: Date, months: number) => {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
};

/**
 * One centre's daily sweep: each kind past its period loses its personal text, and one log line says
 * how many of each kind it did (numbers only).
 */
export async function applyRetentionInCentre(tx: Tx, centreId: string, now: Date) {
  const periods = await retentionOf(tx);
  const done = {} as Record<RetentionKind, number>;
  for (const kind of retentionKindList) done[kind] = await sweeps[kind](tx, monthsBefore(now, periods[kind]));
  await recordAudit(
    tx,
    { centreId, userId: null },
    { action: "update", entity: "retention_run", detail: done },
  );
  return done;
}

/** The sweep for every centre, each in its own transaction and scope. */
export async function applyRetention(db: Db, now: Date = new Date()) {
  const all = await db.select({ id: centres.id }).from(centres);
  let total = 0;
  for (const centre of all) {
    const done = await inCentre(db, centre.id, (tx) => applyRetentionInCentre(tx, centre.id, now));
    total += Object.values(done).reduce((a, b) => a + b, 0);
  }
  log.info({ centres: all.length, records: total }, "retention sweep done");
}

/** The last sweep in this centre: when, and how many of each kind. */
export async function lastRetentionRun(tx: Tx) {
  const [row] = await tx
    .select({ at: auditLog.at, detail: auditLog.detail })
    .from(auditLog)
    .where(eq(auditLog.entity, "retention_run"))
    .orderBy(desc(auditLog.at))
    .limit(1);
  return row ? { at: row.at, counts: row.detail as Record<RetentionKind, number> } : null;
}

export const retentionKind = "privacy.retention";

/**
 * Plans the next sweep at 03:00 in Amsterdam (after `after`, a day, when the sweep of that day plans
 * the next); one job per day whatever the number of processes.
 */
export async function planRetention(db: Db, now: Date = new Date(), after?: string): Promise<void> {
  const today = todayIso(now);
  const day = after ? addDays(after, 1) : now < amsterdamToDate(today, "03:00") ? today : addDays(today, 1);
  await scheduleJob(db, {
    kind: retentionKind,
    runAt: amsterdamToDate(day, "03:00"),
    payload: { day },
    dedupeKey: `${retentionKind}:${day}`,
  });
}

registerJob(retentionKind, async (db, payload) => {
  await applyRetention(db);
  await planRetention(db, new Date(), typeof payload.day === "string" ? payload.day : todayIso());
});
