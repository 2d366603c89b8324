import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "~/db/client.server";
import { centres } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { can } from "~/modules/accounts/permissions";
import { recordAudit } from "~/modules/audit/record.server";

/** The centre's contact for its mails: signature, Reply-To when no coordinator acted, calendar organizer. */
export const centreContactInput = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(200, "validation.tooLong")
    .refine((v) => v === "" || z.email().safeParse(v).success, "validation.email")
    .optional()
    .transform((v) => v || null),
  phone: z
    .string()
    .trim()
    .max(40, "validation.tooLong")
    .regex(/^[0-9+()\-\s]*$/, "settings:errors.phone")
    .optional()
    .transform((v) => v || null),
});
export type CentreContactInput = z.infer<typeof centreContactInput>;

export async function centreContact(tx: Tx, actor: Actor) {
  const [row] = await tx
    .select({ name: centres.name, email: centres.email, phone: centres.phone })
    .from(centres)
    .where(eq(centres.id, actor.centreId));
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

/** An admin sets the centre's contact e-mail address and phone number. */
export async function updateCentreContact(tx: Tx, actor: Actor, input: CentreContactInput): Promise<void> {
  if (!can(actor.role, "centre:manage")) throw new AppError("FORBIDDEN");
  const [row] = await tx
    .update(centres)
    .set({ email: input.email, phone: input.phone })
    .where(eq(centres.id, actor.centreId))
    .returning({ id: centres.id });
  if (!row) throw new AppError("NOT_FOUND");
  await recordAudit(tx, actor, {
    action: "update",
    entity: "centre",
    entityId: row.id,
    detail: { fields: ["email", "phone"] },
  });
}
