import { z } from "zod";
import type { Db, Tx } from "~/db/client.server";
import { AppError } from "~/lib/errors";
import { recordAudit } from "~/modules/audit/record.server";
import type { Actor } from "./actor";
import { type Membership, pinSessionCentre } from "./session-centre.server";

export const switchCentreInput = z.object({ centreId: z.uuid({ error: "validation.choose" }) });

export const passwordInput = z.object({
  password: z
    .string({ error: "validation.required" })
    .min(1, "validation.required")
    .max(200, "validation.tooLong"),
});

export const confirmTwoFactorInput = z.object({
  code: z
    .string({ error: "validation.required" })
    .trim()
    .regex(/^\d{6}$/, "auth:twoFactor.failed"),
  totpURI: z.string().startsWith("otpauth://"),
  backupCodes: z.string().max(2000),
});

/** The `centre` cookie viewer.server.ts reads, for a centre the person belongs to; otherwise NOT_FOUND. */
export function centreCookie(
  memberships: Pick<Membership, "centreId">[],
  centreId: string,
  secure: boolean,
): string {
  if (!memberships.some((m) => m.centreId === centreId)) throw new AppError("NOT_FOUND");
  const flags = `Path=/; HttpOnly; SameSite=Lax; Max-Age=${60 * 60 * 24 * 365}${secure ? "; Secure" : ""}`;
  return `centre=${centreId}; ${flags}`;
}

/** The person's own choice: this session works in another of their centres from now on. */
export async function switchCentre(db: Db, sessionId: string, centreId: string): Promise<void> {
  await pinSessionCentre(db, sessionId, centreId);
}

/** One audit line in the current centre when someone switches two-factor sign-in on or off. */
export async function auditTwoFactor(tx: Tx, actor: Actor, enabled: boolean): Promise<void> {
  await recordAudit(tx, actor, {
    action: "update",
    entity: "user",
    entityId: actor.userId,
    detail: { fields: ["twoFactorEnabled"], enabled },
  });
}

export async function auditPasswordChange(tx: Tx, actor: Actor): Promise<void> {
  await recordAudit(tx, actor, {
    action: "update",
    entity: "user",
    entityId: actor.userId,
    detail: { fields: ["password"] },
  });
}
