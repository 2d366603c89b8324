import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { can, type Permission } from "~/modules/accounts/permissions";

/** Throws FORBIDDEN unless the actor's role has the permission (experts and client contacts never do). */
export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) throw new AppError("FORBIDDEN");
}
