import { AppError } from "~/lib/errors";
import type { Actor } from "./actor";
import { can, type Permission } from "./permissions";

/** Throws FORBIDDEN unless the actor's role has the permission. The role check every module makes. */
export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) throw new AppError("FORBIDDEN");
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id from the address that is not a uuid cannot exist: NOT_FOUND instead of a database error. */
export function assertId(id: string): void {
  if (!uuidPattern.test(id)) throw new AppError("NOT_FOUND");
}
