import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { can, type Permission } from "~/modules/accounts/permissions";

/** Throws FORBIDDEN unless the actor's role has the permission (experts, client contacts, funders never do). */
export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) throw new AppError("FORBIDDEN");
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id from the address that is not a uuid cannot exist: NOT_FOUND instead of a database error. */
export function assertId(id: string): void {
  if (!uuidPattern.test(id)) throw new AppError("NOT_FOUND");
}

/** A message next to one field of a form (INVALID); the summary above the form stays general. */
export function invalidField(field: string, key: string): AppError {
  return new AppError("INVALID", "errors.INVALID", { [field]: [key] });
}
