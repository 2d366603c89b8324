import { and, asc, count, desc, eq, type SQL } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { auditLog, user } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { can } from "~/modules/accounts/permissions";
import { auditEntities } from "./kinds";

export type AuditFilters = {
  entity?: string;
  action?: string;
  entityId?: string;
  page?: number;
};

export const AUDIT_PAGE_SIZE = 50;

/**
 * What a line's detail says, for the table: the changed field names, and the other keys with their
 * plain values (states, formats, counts: writers never put personal data in `detail`).
 */
function detailSummary(detail: Record<string, unknown>): { fields: string[]; other: string[] } {
  const fields = Array.isArray(detail.fields) ? detail.fields.map(String) : [];
  const other = Object.entries(detail)
    .filter(([key, value]) => key !== "fields" && ["string", "number", "boolean"].includes(typeof value))
    .map(([key, value]) => `${key}: ${String(value)}`);
  return { fields, other };
}

/**
 * The centre's audit trail, newest first, one page at a time, filtered by kind of record, action or one
 * record. Shows who (name), what, when and which fields; the values themselves are never stored.
 */
export async function listAudit(tx: Tx, actor: Actor, filters: AuditFilters) {
  if (!can(actor.role, "audit:read")) throw new AppError("FORBIDDEN");
  const conditions: SQL[] = [];
  if (filters.entity) conditions.push(eq(auditLog.entity, filters.entity));
  if (filters.action) conditions.push(eq(auditLog.action, filters.action));
  if (filters.entityId) conditions.push(eq(auditLog.entityId, filters.entityId));
  const where = conditions.length ? and(...conditions) : undefined;
  const page = Math.max(1, filters.page ?? 1);
  const [{ total }] = await tx.select({ total: count() }).from(auditLog).where(where);
  const rows = await tx
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      detail: auditLog.detail,
      userName: user.name,
    })
    .from(auditLog)
    .leftJoin(user, eq(user.id, auditLog.userId))
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((page - 1) * AUDIT_PAGE_SIZE);
  return {
    total: Number(total),
    page,
    pages: Math.max(1, Math.ceil(Number(total) / AUDIT_PAGE_SIZE)),
    entries: rows.map(({ detail, at, ...r }) => ({
      ...r,
      at: new Date(at).toISOString(),
      ...detailSummary(detail ?? {}),
    })),
  };
}

/** The kinds of record to filter on: the known ones, plus any other kind this centre's log holds. */
export async function auditEntityOptions(tx: Tx, actor: Actor): Promise<string[]> {
  if (!can(actor.role, "audit:read")) throw new AppError("FORBIDDEN");
  const rows = await tx
    .selectDistinct({ entity: auditLog.entity })
    .from(auditLog)
    .orderBy(asc(auditLog.entity));
  const known: string[] = [...auditEntities];
  return [...known, ...rows.map((r) => r.entity).filter((e) => !known.includes(e))];
}
