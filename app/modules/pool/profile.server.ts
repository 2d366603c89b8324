import { asc, desc, eq, inArray } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { areas, expertAbsences, experts, themes, workForms } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan, assertId } from "~/modules/accounts/guard";
import { recordAudit } from "~/modules/audit/record.server";
import { consentsOf } from "~/modules/privacy/consent.server";
import type { WithholdReason } from "~/modules/privacy/values";
import { purposesFor } from "~/modules/privacy/values";
import { linksOf } from "./queries.server";

async function namesOf(tx: Tx, table: typeof themes | typeof workForms | typeof areas, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await tx
    .select({ name: table.name })
    .from(table)
    .where(inArray(table.id, ids))
    .orderBy(asc(table.name));
  return rows.map((r) => r.name);
}

/** Everything the profile page shows, without the private notes. */
export async function expertProfile(tx: Tx, actor: Actor, expertId: string) {
  assertCan(actor, "pool:read");
  assertId(expertId);
  const [row] = await tx
    .select({
      id: experts.id,
      firstName: experts.firstName,
      lastName: experts.lastName,
      email: experts.email,
      phone: experts.phone,
      status: experts.status,
      certifiedOn: experts.certifiedOn,
      homeArea: areas.name,
      maxTravelKm: experts.maxTravelKm,
      acceptsOnline: experts.acceptsOnline,
      languages: experts.languages,
      profileText: experts.profileText,
      hasLogin: experts.userId,
      notesWithheldReason: experts.notesWithheldReason,
      notesWithheldText: experts.notesWithheldText,
    })
    .from(experts)
    .leftJoin(areas, eq(areas.id, experts.homeAreaId))
    .where(eq(experts.id, expertId));
  if (!row) throw new AppError("NOT_FOUND");
  const links = await linksOf(tx, expertId);
  const absences = await tx
    .select({
      id: expertAbsences.id,
      startsOn: expertAbsences.startsOn,
      endsOn: expertAbsences.endsOn,
      reason: expertAbsences.reason,
    })
    .from(expertAbsences)
    .where(eq(expertAbsences.expertId, expertId))
    .orderBy(desc(expertAbsences.startsOn));
  return {
    ...row,
    hasLogin: row.hasLogin !== null,
    themes: await namesOf(tx, themes, links.themeIds),
    workForms: await namesOf(tx, workForms, links.workFormIds),
    areas: await namesOf(tx, areas, links.areaIds),
    availability: links.availability,
    absences,
    /** What the expert agreed to on their own consent page (only with a login). */
    consents: row.hasLogin
      ? (await consentsOf(tx, row.hasLogin)).filter((c) => purposesFor("expert").includes(c.purpose))
      : [],
  };
}

/** The coordinators' private notes on an expert. Every read writes a line in the audit trail. */
export async function readPrivateNotes(
  tx: Tx,
  actor: Actor,
  expertId: string,
  reason?: string | null,
): Promise<string> {
  assertCan(actor, "notes:read");
  assertId(expertId);
  const [row] = await tx
    .select({ notes: experts.privateNotes })
    .from(experts)
    .where(eq(experts.id, expertId));
  if (!row) throw new AppError("NOT_FOUND");
  await recordAudit(tx, actor, {
    action: "read_private",
    entity: "expert",
    entityId: expertId,
    // the reason the reader gave (when the centre asks for one): the expert reads it in /account/reads
    detail: { fields: ["privateNotes"], ...(reason ? { reason } : {}) },
  });
  return row.notes;
}

/**
 * The centre withholds the private notes from the expert's own data, with a lawful reason the expert
 * sees (AVG art. 15 lid 4, art. 41 UAVG); or shows them again. Both are in the log.
 */
export async function withholdNotes(
  tx: Tx,
  actor: Actor,
  expertId: string,
  input: { reason: WithholdReason; explanation: string } | null,
): Promise<void> {
  assertCan(actor, "notes:read");
  assertId(expertId);
  const [row] = await tx
    .update(experts)
    .set({ notesWithheldReason: input?.reason ?? null, notesWithheldText: input?.explanation ?? null })
    .where(eq(experts.id, expertId))
    .returning({ id: experts.id });
  if (!row) throw new AppError("NOT_FOUND");
  await recordAudit(tx, actor, {
    action: "update",
    entity: "expert",
    entityId: expertId,
    detail: { fields: ["notesWithheldReason", "notesWithheldText"], withheld: input !== null },
  });
}
